package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.advisoryforum.tracking.service.SafeguardingService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Safeguarding concerns: staff raise them; only the role safeguarding reads them; never public; every step audited. */
@Path("/api/tracking/safeguarding")
@Tag(name = "Safeguarding")
public class SafeguardingResource {

    private final SafeguardingService safeguarding;
    private final JsonWebToken token;

    public SafeguardingResource(SafeguardingService safeguarding, JsonWebToken token) {
        this.safeguarding = safeguarding;
        this.token = token;
    }

    @POST
    @Path("/flags")
    @RolesAllowed("staff")
    @Operation(summary = "Flag a safeguarding concern about an answer or comment (staff); the flag is never public")
    public Response flag(@Valid @NotNull SafeguardingFlagRequest request) {
        SafeguardingFlagView flag = safeguarding.flag(request, Caller.subject(token));
        return Response.created(URI.create("/api/tracking/safeguarding/flags/" + flag.id()))
                .entity(flag)
                .build();
    }

    @GET
    @Path("/flags")
    @RolesAllowed("safeguarding")
    @Operation(
            summary =
                    "The restricted list of flagged answers, newest first (role safeguarding only; each read is audited)")
    public List<SafeguardingFlagView> flags() {
        return safeguarding.flags(Caller.subject(token));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({"safeguarding", "admin"})
    @Operation(summary = "Who raised and who read safeguarding flags, and when (roles safeguarding and admin)")
    public List<SafeguardingAuditView> audit() {
        return safeguarding.audit();
    }
}
