package org.advisoryforum.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-tracking-service's public meeting outcomes. */
@RegisterRestClient(configKey = "tracking")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/tracking/meetings")
@Produces(MediaType.APPLICATION_JSON)
public interface MeetingOutcomesClient {

    @GET
    List<MeetingViews.OutcomeSummary> outcomes();

    @GET
    @Path("{id}")
    MeetingViews.Outcome outcome(@PathParam("id") UUID id);
}
