package org.advisoryforum.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** forum-service's meetings as the pages call them, with the caller's token ({@link SessionToken}). */
@RegisterRestClient(configKey = "forum")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MeetingsClient {

    @GET
    @Path("meetings")
    List<MeetingViews.Meeting> meetings();

    @POST
    @Path("meetings")
    MeetingViews.Meeting schedule(MeetingViews.Schedule request);

    @GET
    @Path("meetings/{id}")
    MeetingViews.Detail meeting(@PathParam("id") UUID id);

    @POST
    @Path("meetings/{id}/invitations")
    MeetingViews.InviteResult invite(@PathParam("id") UUID id, MeetingViews.Invite request);

    @POST
    @Path("meetings/{id}/attendance")
    MeetingViews.AttendanceResult recordAttendance(@PathParam("id") UUID id, MeetingViews.Attend request);

    @POST
    @Path("meetings/{id}/minutes")
    void publishMinutes(@PathParam("id") UUID id, MeetingViews.Minutes request);

    @GET
    @Path("members/me/meetings")
    List<MeetingViews.Mine> myMeetings();

    @GET
    @Path("members/me/meetings/{id}")
    MeetingViews.Mine myMeeting(@PathParam("id") UUID id);

    @PUT
    @Path("members/me/meetings/{id}/reply")
    MeetingViews.Mine reply(@PathParam("id") UUID id, MeetingViews.Reply request);
}
