package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * forum-service as every page calls it, members' and staff's alike, with the caller's token ({@link SessionToken});
 * a failed answer is read once, by {@link ServiceAnswers}. The one typed client of forum-service.
 */
@RegisterRestClient(configKey = "forum")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ForumClient extends DeadLetters {

    // The member's own account, applications and claims

    @GET
    @Path("members/me")
    ForumViews.Member myProfile();

    @PUT
    @Path("members/me")
    void updateMyProfile(Requests.Profile profile);

    /** Erases the member's personal data everywhere. */
    @DELETE
    @Path("members/me")
    void eraseMe();

    /** Leaves the forum, keeping the member's history. */
    @POST
    @Path("members/me/leave")
    void leave();

    @GET
    @Path("members/me/consents")
    ForumViews.ConsentHistory myConsents();

    @PUT
    @Path("members/me/consents")
    void changeConsent(Requests.Consent consent);

    @GET
    @Path("members/me/notifications")
    List<ForumViews.Notification> myNotifications();

    @GET
    @Path("members/me/invitations")
    List<MemberViews.Invitation> myInvitations();

    @GET
    @Path("members/me/involvement")
    List<MemberViews.Involvement> myInvolvement();

    @GET
    @Path("members/me/claims")
    List<ForumViews.Claim> myClaims();

    @POST
    @Path("members/me/claims")
    void claim(Requests.Claim claim);

    @POST
    @Path("applications")
    void apply(Requests.Application application);

    @GET
    @Path("applications/me")
    ForumViews.MyApplication myApplication();

    @GET
    @Path("applications")
    List<ForumViews.Application> applications(@QueryParam("status") String status);

    @POST
    @Path("applications/{id}/decision")
    void decideApplication(@PathParam("id") UUID id, Requests.Decision decision);

    @GET
    @Path("claims")
    List<ForumViews.Claim> claims();

    @POST
    @Path("claims/{id}/decision")
    void decideClaim(@PathParam("id") UUID id, Requests.Decision decision);

    // Staff: members, invitation rounds (dead letters: the DeadLetters parent)

    /**
     * Members found by forum-service (staff): any part of the name in any case, holding the perspective, living in
     * the region; each filter left out (null) matches everyone. Active members first, then by name.
     */
    @GET
    @Path("members")
    List<ForumViews.Member> members(
            @QueryParam("name") String name,
            @QueryParam("perspective") String perspective,
            @QueryParam("region") String region);

    @GET
    @Path("members/{id}")
    ForumViews.Member member(@PathParam("id") UUID id);

    @GET
    @Path("members/{id}/involvement")
    List<MemberViews.Involvement> involvement(@PathParam("id") UUID id);

    @POST
    @Path("members/{id}/activities")
    void recordActivity(@PathParam("id") UUID id, StaffPageViews.Activity activity);

    @DELETE
    @Path("members/{id}")
    void erase(@PathParam("id") UUID id);

    @GET
    @Path("invitation-rounds")
    List<StaffPageViews.Round> invitationRounds();

    @GET
    @Path("invitation-rounds/{consultationId}")
    StaffPageViews.RoundDetail invitationRound(@PathParam("consultationId") UUID consultationId);

    // Meetings

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

    // "Was it worth it?"

    @PUT
    @Path("members/me/involvement/{id}/feedback")
    WorthViews.Answer answerWorth(@PathParam("id") UUID involvementId, WorthViews.Feedback feedback);

    @GET
    @Path("involvement-feedback")
    List<WorthViews.Activity> perActivity(
            @QueryParam("consultationId") UUID consultationId, @QueryParam("meetingId") UUID meetingId);

    @GET
    @Path("involvement-feedback/public")
    WorthViews.Public publicCounts();

    /** The member's profile as the service shows it (the choice to be invited as usual is in its contact). */
    @GET
    @Path("members/me")
    ObjectNode myProfileAsItIs();

    @PUT
    @Path("members/me")
    ObjectNode replaceMyProfile(ObjectNode profile);

    // "Download my data" and the consent history page

    /** forum's part of "download my data": its records, passed on as they are. */
    @GET
    @Path("members/me/data")
    JsonNode myData();

    @GET
    @Path("members/me/consents/history")
    List<ForumViews.Consent> consentHistory();
}
