package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.PaymentClaim;
import org.advisoryforum.forum.service.ClaimService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forum")
@Tag(name = "Payment claims (staff)")
@RolesAllowed("staff")
public class ClaimResource {

    private static final String STATUSES = "SUBMITTED|APPROVED|REJECTED|PAID";
    private static final String STATUS_MESSAGE = "must be SUBMITTED, APPROVED, REJECTED or PAID";

    private final ClaimService claims;

    public ClaimResource(ClaimService claims) {
        this.claims = claims;
    }

    @GET
    @Path("/claims")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every claim, newest first, optionally only those with a status (staff)")
    public List<ClaimView> list(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = STATUS_MESSAGE) String status) {
        return claims.all(status(status));
    }

    @GET
    @Path("/claims.csv")
    @Produces("text/csv")
    @Operation(summary = "Every claim as CSV for finance, with the claimant's name (staff)")
    public Response csv(@QueryParam("status") @Pattern(regexp = STATUSES, message = STATUS_MESSAGE) String status) {
        return Response.ok(ClaimsCsv.of(claims.allNamed(status(status))))
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                .build();
    }

    @POST
    @Path("/claims/{id}/decision")
    @Operation(summary = "Approve a claim, reject it with a reason, or mark an approved claim paid (staff)")
    public ClaimView decide(@PathParam("id") UUID id, @Valid @NotNull ClaimDecisionRequest request) {
        return claims.decide(id, request);
    }

    private static PaymentClaim.Status status(String status) {
        return status == null ? null : PaymentClaim.Status.valueOf(status);
    }
}
