package org.advisoryforum.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** feedback-tracking-service as the pages call it, with the caller's token ({@link SessionToken}). */
@RegisterRestClient(configKey = "tracking")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TrackingClient {

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
}
