package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.InvolvementService;
import org.advisoryforum.forum.service.LeavingService;
import org.advisoryforum.forum.service.MemberService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's view of the membership. Members reach only /members/me. */
@Path("/api/forum/members")
@Tag(name = "Members (staff)")
@RolesAllowed("staff")
public class MemberAdminResource {

    private final MemberService members;
    private final InvolvementService involvement;
    private final LeavingService leaving;

    public MemberAdminResource(MemberService members, InvolvementService involvement, LeavingService leaving) {
        this.members = members;
        this.involvement = involvement;
        this.leaving = leaving;
    }

    @GET
    @Operation(
            summary = "Members, current and former, found by any part of the name (any case), perspective and region;"
                    + " active members first, then by name (staff)")
    public List<MemberView> list(
            @QueryParam("name") String name,
            @QueryParam("perspective") String perspective,
            @QueryParam("region") String region) {
        return members.search(name, perspective, region);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One member's profile (staff)")
    public MemberView get(@PathParam("id") UUID id) {
        return members.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Set a member's term of membership (start, end, ceased) and position (staff)")
    public MemberView setMembership(@PathParam("id") UUID id, @Valid @NotNull MembershipRequest request) {
        return members.setMembership(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Carry out a member's erasure request on their behalf (admin); forum.member.v1 erased is sent")
    public Response erase(@PathParam("id") UUID id) {
        leaving.erase(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/involvement")
    @Operation(summary = "One member's involvement ledger (staff)")
    public List<InvolvementView> involvement(@PathParam("id") UUID id) {
        members.get(id);
        return involvement.ledgerOfAnyMember(id);
    }

    @POST
    @Path("/{id}/activities")
    @Operation(summary = "Record a meeting or other activity, with its duration, in a member's ledger (staff)")
    public Response recordActivity(@PathParam("id") UUID id, @Valid @NotNull ActivityRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(involvement.record(id, request))
                .build();
    }
}
