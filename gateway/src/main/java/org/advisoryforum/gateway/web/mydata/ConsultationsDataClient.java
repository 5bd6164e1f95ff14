package org.advisoryforum.gateway.web.mydata;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.ServiceAnswers;
import org.advisoryforum.gateway.client.SessionToken;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** consultations's part of "download my data", with the caller's token: its records, passed on as they are. */
@RegisterRestClient(configKey = "consultations")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/consultations")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsultationsDataClient {

    @GET
    @Path("my-data")
    JsonNode myData();
}
