package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * feedback-tracking-service as every page calls it, public, members' and staff's alike, with the caller's token
 * ({@link SessionToken}); a failed answer is read once, by {@link ServiceAnswers}. The one typed client of
 * feedback-tracking-service.
 */
@RegisterRestClient(configKey = "tracking")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TrackingClient extends DeadLetters {

    @GET
    @Path("impact")
    Impact impact();

    @GET
    @Path("members/me/impact")
    MemberImpact myImpact();

    @GET
    @Path("consultations/{id}/you-said-we-did")
    YouSaidWeDid youSaidWeDid(@PathParam("id") UUID consultationId);

    /** The same, asked conditionally: 304 without a body while {@code etag} is still the page's; its caching headers. */
    @GET
    @Path("consultations/{id}/you-said-we-did")
    RestResponse<YouSaidWeDid> youSaidWeDidUnless(
            @PathParam("id") UUID consultationId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("consultations/{id}/key-points")
    List<StaffViews.KeyPoint> keyPoints(@PathParam("id") UUID consultationId);

    @POST
    @Path("actions")
    void recordAction(Requests.Action action);

    /** One action in full for staff: evidence, the undated-promise flag, confirmations, comments and history. */
    @GET
    @Path("actions/{id}")
    StaffViews.ActionDetail action(@PathParam("id") UUID actionId);

    @POST
    @Path("actions/{id}/status")
    void changeActionStatus(@PathParam("id") UUID actionId, Requests.ActionStatus status);

    @POST
    @Path("actions/{id}/confirmations")
    void confirm(@PathParam("id") UUID actionId, Requests.Confirmation confirmation);

    @GET
    @Path("moderation")
    List<ModerationViews.Item> moderationQueue(
            @QueryParam("status") String status, @QueryParam("consultationId") UUID consultationId);

    @GET
    @Path("moderation/{id}")
    ModerationViews.Item moderationItem(@PathParam("id") UUID inputId);

    @POST
    @Path("moderation/{id}/decision")
    void decideModeration(@PathParam("id") UUID inputId, Requests.Moderation decision);

    // Staff: safeguarding, the response clock, traces (dead letters: the DeadLetters parent)

    @GET
    @Path("safeguarding/flags")
    List<StaffPageViews.SafeguardingFlag> safeguardingFlags();

    @GET
    @Path("safeguarding/audit")
    List<StaffPageViews.SafeguardingAudit> safeguardingAudit();

    @POST
    @Path("safeguarding/flags")
    void flag(StaffPageViews.Flag flag);

    @GET
    @Path("consultations/{id}")
    StaffPageViews.Tracked consultation(@PathParam("id") UUID consultationId);

    @PUT
    @Path("consultations/{id}/outcome-due")
    void setOutcomeDue(@PathParam("id") UUID consultationId, StaffPageViews.OutcomeDue due);

    @GET
    @Path("actions/{id}/trace")
    StaffPageViews.Trace trace(@PathParam("id") UUID actionId);

    @GET
    @Path("inputs/{id}/trace")
    List<InputOutcome> forward(@PathParam("id") UUID inputId);

    // "Did it make a difference?"

    @GET
    @Path("actions/{id}/difference")
    DifferenceViews.Mine myDifference(@PathParam("id") UUID actionId);

    @PUT
    @Path("actions/{id}/difference")
    DifferenceViews.Mine answerDifference(@PathParam("id") UUID actionId, DifferenceViews.Answer answer);

    @GET
    @Path("reviews")
    List<DifferenceViews.Review> reviews();

    // Public meeting outcomes

    @GET
    @Path("meetings")
    List<MeetingViews.OutcomeSummary> meetingOutcomes();

    @GET
    @Path("meetings/{id}")
    MeetingViews.Outcome meetingOutcome(@PathParam("id") UUID id);

    /** tracking's part of "download my data": its records, passed on as they are. */
    @GET
    @Path("members/me/data")
    JsonNode myData();
}
