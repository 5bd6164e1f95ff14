package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Attribution;
import org.advisoryforum.consultation.domain.Provenance;
import org.advisoryforum.consultation.domain.ResponseStatus;

/**
 * A response. {@code askedQuestionKeys} (the member's own response only): the questions its answers so far ask, in
 * order, by the "ask only if" rule of {@code AnswerRules}; pages follow it rather than judging conditions themselves.
 */
public record ResponseView(
        UUID id,
        UUID consultationId,
        ResponseStatus status,
        Attribution attribution,
        Provenance provenance,
        List<AnswerView> answers,
        List<CommentView> sectionComments,
        Instant updatedAt,
        Instant submittedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> askedQuestionKeys) {

    public record AnswerView(UUID answerId, String questionKey, JsonNode value, UUID linkedAnswerId) {}

    public record CommentView(UUID commentId, String sectionKey, String text) {}
}
