package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** tracking's "did it make a difference?": the member's own answer, and the staff list of actions due for review. */
public final class DifferenceViews {

    private DifferenceViews() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mine(
            UUID actionId,
            UUID consultationId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            String answer,
            String comment,
            Instant answeredAt) {}

    public record Answer(String answer, String comment) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(String answer, String comment, Instant answeredAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(
            UUID actionId,
            UUID consultationId,
            UUID meetingId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            long membersAsked,
            YouSaidWeDid.Difference counts,
            List<Comment> comments) {}
}
