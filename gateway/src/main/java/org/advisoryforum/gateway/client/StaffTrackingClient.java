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

/**
 * Tracking's calls behind the staff pages: the safeguarding list and audit, the response clock, an action's evidence,
 * the traces from an action back and from an answer forward, and its dead letters.
 */
@RegisterRestClient(configKey = "tracking")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StaffTrackingClient {

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
    @Path("actions/{id}")
    StaffPageViews.Action action(@PathParam("id") UUID actionId);

    @POST
    @Path("actions/{id}/status")
    void changeStatus(@PathParam("id") UUID actionId, StaffPageViews.StatusWithEvidence change);

    @GET
    @Path("actions/{id}/trace")
    StaffPageViews.Trace trace(@PathParam("id") UUID actionId);

    @GET
    @Path("inputs/{id}/trace")
    List<StaffPageViews.OutcomeOfInput> forward(@PathParam("id") UUID inputId);

    @GET
    @Path("dead-letters")
    List<StaffPageViews.DeadLetter> deadLetters();

    @POST
    @Path("dead-letters/{id}/replay")
    StaffPageViews.Replayed replayDeadLetter(@PathParam("id") long id);
}
