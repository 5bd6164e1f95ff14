package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tracking's "did it make a difference?": the member's own answer, and the staff list of actions due for review. */
@RegisterRestClient(configKey = "tracking")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DifferenceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mine(
            UUID actionId,
            UUID consultationId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            String answer,
            String comment,
            Instant answeredAt) {}

    record Answer(String answer, String comment) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counts(long madeADifference, long someDifference, long noDifference) {
        public long total() {
            return madeADifference + someDifference + noDifference;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comment(String answer, String comment, Instant answeredAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Review(
            UUID actionId,
            UUID consultationId,
            UUID meetingId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            long membersAsked,
            Counts counts,
            List<Comment> comments) {}

    @GET
    @Path("actions/{id}/difference")
    Mine mine(@PathParam("id") UUID actionId);

    @PUT
    @Path("actions/{id}/difference")
    Mine answer(@PathParam("id") UUID actionId, Answer answer);

    @GET
    @Path("reviews")
    List<Review> reviews();
}
