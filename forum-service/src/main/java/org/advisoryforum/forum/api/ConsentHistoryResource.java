package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.advisoryforum.forum.service.ConsentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's whole consent history: only ever their own, there is no id to guess. */
@Path("/api/forum/members/me/consents/history")
@Tag(name = "My membership")
public class ConsentHistoryResource {

    private final Caller caller;
    private final ConsentService consents;

    public ConsentHistoryResource(Caller caller, ConsentService consents) {
        this.caller = caller;
        this.consents = consents;
    }

    @GET
    @RolesAllowed("member")
    @Operation(
            summary = "Every version of your consent choices, newest first, with when and how each was made "
                    + "(JOINING, ACCOUNT_PAGE, API; UNRECORDED for versions kept before the channel was)")
    public List<ConsentView> history() {
        return consents.versions(caller.id());
    }
}
