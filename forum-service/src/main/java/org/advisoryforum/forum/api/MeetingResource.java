package org.advisoryforum.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.MeetingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff schedule forum meetings, invite members, and record attendance. */
@Path("/api/forum/meetings")
@Tag(name = "Meetings (staff)")
@RolesAllowed("staff")
public class MeetingResource {

    private final Caller caller;
    private final MeetingService meetings;

    public MeetingResource(Caller caller, MeetingService meetings) {
        this.caller = caller;
        this.meetings = meetings;
    }

    @POST
    @Operation(summary = "Schedule a meeting: when, format, place and/or joining link, accessibility, agenda (staff)")
    public Response schedule(@Valid @NotNull MeetingRequests.Schedule request) {
        return Response.status(Response.Status.CREATED)
                .entity(meetings.schedule(caller.id(), request))
                .build();
    }

    @GET
    @Operation(summary = "Every meeting, latest first, with counts of invited, registered and attended (staff)")
    public List<MeetingViews.Meeting> list() {
        return meetings.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting with everyone asked to it, their replies and access needs (staff)")
    public MeetingViews.Detail get(@PathParam("id") UUID id) {
        return meetings.detail(id);
    }

    @POST
    @Path("/{id}/invitations")
    @Operation(summary = "Invite members (none named: every serving member) within their contact limits (staff)")
    public MeetingViews.InviteResult invite(@PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Invite request) {
        return meetings.invite(id, request);
    }

    @POST
    @Path("/{id}/attendance")
    @Operation(summary = "Record who attended: writes their ledger entries and payment claims, once (staff)")
    public MeetingViews.AttendanceResult attendance(
            @PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Attendance request) {
        return meetings.recordAttendance(id, request);
    }

    @POST
    @Path("/{id}/minutes")
    @Operation(
            summary = "Publish the minutes once the meeting is over: summary and action points; forum.meeting.v1 "
                    + "minutes-published makes each action point a tracked action (staff)")
    public Response publishMinutes(@PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Minutes request) {
        return Response.status(Response.Status.CREATED)
                .entity(meetings.publishMinutes(id, request))
                .build();
    }

    @GET
    @Path("/{id}/minutes")
    @Operation(summary = "A meeting's published minutes, with attendance counted by perspective (staff)")
    public MeetingViews.Minutes minutes(@PathParam("id") UUID id) {
        return meetings.minutes(id);
    }
}
