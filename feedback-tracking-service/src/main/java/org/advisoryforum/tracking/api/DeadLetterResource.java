package org.advisoryforum.tracking.api;

import jakarta.ws.rs.Path;
import org.advisoryforum.platform.messaging.DeadLetterResourceBase;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/dead-letters")
@Tag(name = "Operations")
public class DeadLetterResource extends DeadLetterResourceBase {}
