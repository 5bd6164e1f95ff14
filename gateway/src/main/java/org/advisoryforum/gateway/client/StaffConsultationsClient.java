package org.advisoryforum.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** consultation-service's dead letters, for the admin's dead-letter page. */
@RegisterRestClient(configKey = "consultations")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/consultations")
@Produces(MediaType.APPLICATION_JSON)
public interface StaffConsultationsClient {

    @GET
    @Path("dead-letters")
    List<StaffPageViews.DeadLetter> deadLetters();

    @POST
    @Path("dead-letters/{id}/replay")
    StaffPageViews.Replayed replayDeadLetter(@PathParam("id") long id);
}
