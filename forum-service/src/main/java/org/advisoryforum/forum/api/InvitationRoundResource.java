package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.InvitationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forum/invitation-rounds")
@Tag(name = "Invitations")
@RolesAllowed("staff")
public class InvitationRoundResource {

    private final InvitationService invitations;

    public InvitationRoundResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "Published consultations and how many members were invited or held back (staff)")
    public List<InvitationRoundView> list() {
        return invitations.rounds();
    }

    @GET
    @Path("/{consultationId}")
    @Operation(summary = "One round, listing the members not messaged because of their limit or quiet period (staff)")
    public InvitationRoundView.Detail get(@PathParam("consultationId") UUID consultationId) {
        return invitations.round(consultationId);
    }
}
