package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Attribution;
import org.advisoryforum.consultation.domain.Provenance;
import org.advisoryforum.consultation.domain.ResponseStatus;

/**
 * Everything consultation-service holds about the caller, for "download my data" (field names in the README):
 * what it knows of them from forum.member.v1 and each of their responses (drafts, submitted, withdrawn) with its
 * answers, section comments and how they chose to be quoted. Never another member's words, and not the name of the
 * staff member who recorded an assisted response.
 */
public record MyDataView(Instant generatedAt, Member member, List<MyResponse> responses) {

    /** The member as this service knows them (null if no forum.member.v1 event about them has arrived). */
    public record Member(
            List<String> perspectives,
            String region,
            Attribution quoteConsent,
            boolean useInStatistics,
            String displayName,
            Instant leftAt,
            Instant updatedAt) {}

    /** {@code attribution}: how the member chose to be quoted for this response (NAMED, ANONYMOUS, NONE). */
    public record MyResponse(
            UUID responseId,
            UUID consultationId,
            String consultationTitle,
            ResponseStatus status,
            Attribution attribution,
            Provenance provenance,
            Instant createdAt,
            Instant updatedAt,
            Instant submittedAt,
            Instant withdrawnAt,
            List<MyAnswer> answers,
            List<MyComment> sectionComments) {}

    public record MyAnswer(UUID answerId, String questionKey, String question, JsonNode value, UUID linkedAnswerId) {}

    public record MyComment(UUID commentId, String sectionKey, String text) {}
}
