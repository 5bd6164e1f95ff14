package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.advisoryforum.tracking.service.MemberImpactService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/members/me/impact")
@Tag(name = "My impact (members)")
@RolesAllowed("member")
public class MemberImpactResource {

    private final MemberImpactService impact;
    private final JsonWebToken token;

    public MemberImpactResource(MemberImpactService impact, JsonWebToken token) {
        this.impact = impact;
        this.token = token;
    }

    @GET
    @Operation(summary = "For each of my answers and comments: the key points it fed, the actions and their status")
    public MemberImpactView mine() {
        return impact.impact(Caller.memberId(token));
    }
}
