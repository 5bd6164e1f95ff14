package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.advisoryforum.tracking.service.MyDataService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Download my data", tracking's part: only ever the caller's own, there is no id to guess. */
@Path("/api/tracking/members/me/data")
@Tag(name = "My impact (members)")
@RolesAllowed("member")
public class MyDataResource {

    private final MyDataService data;
    private final JsonWebToken token;

    public MyDataResource(MyDataService data, JsonWebToken token) {
        this.data = data;
        this.token = token;
    }

    @GET
    @Operation(
            summary = "Everything tracking holds keyed to you: responses and inputs it tracks with the moderation "
                    + "of your words, your confirmations and your impact (safeguarding flags are not included)")
    public MyDataView mine() {
        return data.of(Caller.memberId(token));
    }
}
