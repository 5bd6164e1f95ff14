package org.advisoryforum.platform.messaging;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Each service exposes its dead letters to staff by extending this with its own {@code @Path}. */
public abstract class DeadLetterResourceBase {

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterReplay replay;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed("staff")
    @Operation(
            summary = "Events this service could not process (newest first, at most 100), replayed or not; staff only")
    public List<DeadLetters.DeadLetterView> list() {
        return deadLetters.recent();
    }

    @POST
    @Path("{id}/replay")
    @RolesAllowed("staff")
    @Operation(
            summary =
                    "After a fix, process a dead letter again through the same idempotent handlers; once only; staff only")
    @APIResponse(
            responseCode = "200",
            description = "Replayed: applied says whether the effect ran now or was already there")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    @APIResponse(responseCode = "409", description = "Replayed already, or it still fails (nothing was changed)")
    public DeadLetterReplay.Replayed replay(@PathParam("id") long id) {
        return replay.replay(id, identity.getPrincipal().getName());
    }
}
