package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.MeetingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A member's own meeting invitations and replies. Only ever the caller's own. */
@Path("/api/forum/members/me/meetings")
@Tag(name = "My membership")
@RolesAllowed("member")
public class MyMeetingResource {

    private final Caller caller;
    private final MeetingService meetings;

    public MyMeetingResource(Caller caller, MeetingService meetings) {
        this.caller = caller;
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "The meetings you were asked to, latest invitation first, with your reply and attendance")
    public List<MeetingViews.Mine> list() {
        return meetings.mine(caller.id());
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "One meeting you were asked to (404 not_invited otherwise)")
    public MeetingViews.Mine get(@PathParam("meetingId") UUID meetingId) {
        return meetings.mine(caller.id(), meetingId);
    }

    @PUT
    @Path("/{meetingId}/reply")
    @Operation(summary = "Register (with your access needs) or decline, until the meeting starts")
    public MeetingViews.Mine reply(
            @PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingRequests.Reply request) {
        return meetings.reply(caller.id(), meetingId, request);
    }
}
