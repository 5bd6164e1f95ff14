package org.advisoryforum.consultation.api;

import jakarta.ws.rs.Path;
import org.advisoryforum.platform.messaging.DeadLetterResourceBase;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The forum.member.v1 records this service could not process, for staff to see and replay after a fix. */
@Path("/api/consultations/dead-letters")
@Tag(name = "Operations")
public class DeadLetterResource extends DeadLetterResourceBase {}
