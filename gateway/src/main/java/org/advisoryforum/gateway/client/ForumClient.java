package org.advisoryforum.gateway.client;

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

/** forum-service as the pages call it, with the caller's token ({@link SessionToken}). */
@RegisterRestClient(configKey = "forum")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ForumClient {

    @GET
    @Path("members/me")
    ForumViews.Profile myProfile();

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

    @GET
    @Path("members")
    List<ForumMember> members();

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
}
