package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.ModerationStatus;
import org.advisoryforum.tracking.service.ModerationService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/moderation")
@Tag(name = "Moderation (staff)")
@RolesAllowed("staff")
public class ModerationResource {

    private final ModerationService moderation;
    private final JsonWebToken token;

    public ModerationResource(ModerationService moderation, JsonWebToken token) {
        this.moderation = moderation;
        this.token = token;
    }

    @GET
    @Operation(
            summary = "Quotable answers and comments by moderation status (default PENDING: the queue), oldest first")
    public List<ModerationItemView> queue(
            @QueryParam("status") ModerationStatus status, @QueryParam("consultationId") UUID consultationId) {
        return moderation.queue(status, consultationId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One answer or comment in moderation, with its log of decisions (who and when)")
    public ModerationItemView item(@PathParam("id") UUID inputId) {
        return moderation.item(inputId);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Approve the words, redact spans of them (each with a reason) or reject them with a reason")
    public ModerationItemView decide(@PathParam("id") UUID inputId, @Valid @NotNull ModerationRequest request) {
        return moderation.decide(inputId, request, Caller.subject(token));
    }
}
