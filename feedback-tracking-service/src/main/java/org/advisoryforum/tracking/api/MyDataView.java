package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.DifferenceAnswer;
import org.advisoryforum.tracking.domain.ModerationReason;
import org.advisoryforum.tracking.domain.ModerationStatus;
import org.advisoryforum.tracking.domain.Verdict;

/**
 * Everything feedback-tracking-service holds keyed to the caller, for "download my data" (field names in the README):
 * what it knows of them from forum.member.v1, the responses and inputs it tracks with the moderation of their
 * words, their confirmations, their answers to "did it make a difference?", and their impact. Safeguarding flags are left out, as are the staff who moderated.
 */
public record MyDataView(
        Instant generatedAt,
        Member member,
        List<TrackedResponse> responses,
        List<Confirmation> confirmations,
        List<Difference> differences,
        MemberImpactView impact) {

    /** The member as this service knows them (null if no forum.member.v1 event about them has arrived). */
    public record Member(
            String perspectives,
            String region,
            String quoteConsent,
            String displayName,
            Boolean useInStatistics,
            Instant updatedAt) {}

    public record TrackedResponse(
            UUID responseId,
            UUID consultationId,
            String perspectives,
            String region,
            boolean useInStatistics,
            String attribution,
            Instant submittedAt,
            List<Input> inputs) {}

    /** An answer or section comment; {@code quoteText} only where tracking holds the words (quotable ones). */
    public record Input(
            UUID inputId,
            String kind,
            String questionKey,
            String sectionKey,
            String quoteText,
            Moderation moderation) {}

    public record Moderation(
            ModerationStatus status,
            ModerationReason reason,
            List<Redaction> redactions,
            Instant queuedAt,
            Instant decidedAt) {}

    public record Redaction(int start, int end, ModerationReason reason) {}

    public record Confirmation(UUID actionId, Verdict verdict, String comment, Instant updatedAt) {}

    /** An answer to "did it make a difference?" about an action the member was behind. */
    public record Difference(UUID actionId, DifferenceAnswer.Answer answer, String comment, Instant answeredAt) {}
}
