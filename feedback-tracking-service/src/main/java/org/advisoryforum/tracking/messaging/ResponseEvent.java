package org.advisoryforum.tracking.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of consultation.response.v1 payloads that tracking reads (see consultation-service/README.md). */
public final class ResponseEvent {

    private ResponseEvent() {}

    /** submitted and amended; free text and comments are null unless the author allowed quoting. */
    public record Submitted(
            UUID consultationId,
            UUID responseId,
            UUID memberId,
            List<String> perspectives,
            String region,
            boolean useInStatistics,
            String attribution,
            Instant submittedAt,
            List<Answer> answers,
            List<Comment> sectionComments) {}

    public record Answer(UUID answerId, String questionKey, String questionType, String sectionKey, JsonNode value) {}

    public record Comment(UUID commentId, String sectionKey, String text) {}

    public record Withdrawn(UUID consultationId, UUID responseId, UUID memberId, Instant withdrawnAt) {}
}
