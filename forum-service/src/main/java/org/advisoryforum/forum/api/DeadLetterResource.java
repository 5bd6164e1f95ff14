package org.advisoryforum.forum.api;

import jakarta.ws.rs.Path;
import org.advisoryforum.platform.messaging.DeadLetterResourceBase;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forum/dead-letters")
@Tag(name = "Operations")
public class DeadLetterResource extends DeadLetterResourceBase {}
