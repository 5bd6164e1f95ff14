package org.advisoryforum.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** forum-service's staff operations behind the members, invitation-round, applications and dead-letter pages. */
@RegisterRestClient(configKey = "forum")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StaffForumClient {

    @GET
    @Path("members")
    List<StaffPageViews.Member> members();

    @GET
    @Path("members/{id}")
    StaffPageViews.Member member(@PathParam("id") UUID id);

    @GET
    @Path("members/{id}/involvement")
    List<StaffPageViews.Involvement> involvement(@PathParam("id") UUID id);

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

    @GET
    @Path("applications")
    List<StaffPageViews.Application> applications(@QueryParam("status") String status);

    @GET
    @Path("dead-letters")
    List<StaffPageViews.DeadLetter> deadLetters();

    @POST
    @Path("dead-letters/{id}/replay")
    StaffPageViews.Replayed replayDeadLetter(@PathParam("id") long id);
}
