package org.advisoryforum.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The public reads of consultation-service that the pages need. */
@RegisterRestClient(configKey = "consultations")
@Path("/api/consultations")
public interface ConsultationsApi {

    @GET
    List<ConsultationSummary> list(@QueryParam("status") String status);
}
