package org.advisoryforum.platform.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Each service exposes its dead letters to staff by extending this with its own {@code @Path}. */
public abstract class DeadLetterResourceBase {

    @Inject
    DeadLetters deadLetters;

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "Events this service could not process (newest first, at most 100); staff only")
    public List<DeadLetters.DeadLetterView> list() {
        return deadLetters.recent();
    }
}
