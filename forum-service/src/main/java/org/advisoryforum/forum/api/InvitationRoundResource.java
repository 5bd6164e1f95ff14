package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.advisoryforum.forum.service.InvitationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/forum/invitation-rounds")
@Tag(name = "Invitations")
public class InvitationRoundResource {

    private final InvitationService invitations;

    public InvitationRoundResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "Published consultations the forum has to invite members to (staff)")
    public List<InvitationRoundView> list() {
        return invitations.rounds();
    }
}
