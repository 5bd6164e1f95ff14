package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.advisoryforum.forum.service.MyDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Download my data", forum-service's part: only ever the caller's own, there is no id to guess. */
@Path("/api/forum/members/me/data")
@Tag(name = "My membership")
public class MyDataResource {

    private final Caller caller;
    private final MyDataService data;

    public MyDataResource(Caller caller, MyDataService data) {
        this.caller = caller;
        this.data = data;
    }

    @GET
    @RolesAllowed("member")
    @Operation(
            summary = "Everything the forum holds about you: profile and personal details, consent and its history, "
                    + "applications, involvement ledger, claims, inbox, consultation and meeting invitations")
    public MyDataView mine() {
        return data.of(caller.id());
    }
}
