package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the member's own pages read about them from forum-service and consultation-service. */
public final class MemberViews {

    private MemberViews() {}

    /** forum-service: invited (messaged) or held back by the member's limit or quiet period. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitation(
            UUID consultationId,
            String title,
            Instant closesAt,
            String outcome,
            Instant decidedAt,
            LocalDate quietUntil) {}

    /** consultation-service: one of the member's responses and where its consultation has got to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyResponse(
            UUID responseId,
            UUID consultationId,
            String consultationTitle,
            ConsultationStatus consultationStatus,
            Instant closesAt,
            ResponseStatus status,
            int answered,
            Instant updatedAt,
            Instant submittedAt,
            Instant withdrawnAt) {}

    /**
     * forum-service: one entry of a member's involvement ledger, read by the member (with their "Was it worth it?"
     * answer if given) or by staff.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Involvement(
            UUID id,
            String kind,
            String description,
            UUID consultationId,
            UUID responseId,
            Integer durationMinutes,
            Instant occurredAt,
            UUID meetingId,
            WorthViews.Answer feedback) {}

    /** consultation-service: an earlier free-text answer the member may link instead of retyping it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EarlierAnswer(
            UUID answerId, UUID consultationId, String consultationTitle, String questionText, JsonNode value) {

        public String text() {
            return value == null || value.isNull() ? "" : value.asText();
        }
    }
}
