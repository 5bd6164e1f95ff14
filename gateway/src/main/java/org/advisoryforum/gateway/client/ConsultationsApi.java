package org.advisoryforum.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** The public reads of consultation-service that the pages need. */
@RegisterRestClient(configKey = "consultations")
@Path("/api/consultations")
public interface ConsultationsApi {

    @GET
    List<ConsultationSummary> list(@QueryParam("status") String status);

    @GET
    @Path("/{id}")
    ConsultationDetail get(@PathParam("id") UUID id);
}
