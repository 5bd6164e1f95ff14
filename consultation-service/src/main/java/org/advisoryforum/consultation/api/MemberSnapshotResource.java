package org.advisoryforum.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.advisoryforum.consultation.service.MemberSnapshotService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consultations/member-snapshots")
@Tag(name = "Operations")
@RolesAllowed("staff")
public class MemberSnapshotResource {

    private final MemberSnapshotService snapshots;

    public MemberSnapshotResource(MemberSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    @Path("/{memberId}")
    @Operation(
            summary = "What this service knows of a member from forum.member.v1: perspectives, region, consent (staff)")
    public MemberSnapshotView get(@PathParam("memberId") UUID memberId) {
        return snapshots.view(memberId);
    }
}
