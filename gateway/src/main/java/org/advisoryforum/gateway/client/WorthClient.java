package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** forum-service's "Was it worth it?" as the pages call it, with the caller's token ({@link SessionToken}). */
@RegisterRestClient(configKey = "forum")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WorthClient {

    @PUT
    @Path("members/me/involvement/{id}/feedback")
    WorthViews.Answer answer(@PathParam("id") UUID involvementId, WorthViews.Feedback feedback);

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
    ObjectNode profile();

    @PUT
    @Path("members/me")
    ObjectNode editProfile(ObjectNode profile);
}
