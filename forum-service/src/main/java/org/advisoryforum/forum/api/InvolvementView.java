package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.forum.domain.Involvement;

/** A ledger entry; {@code feedback} is the member's own "Was it worth it?" answer, only in their own ledger. */
public record InvolvementView(
        UUID id,
        Involvement.Kind kind,
        String description,
        UUID consultationId,
        UUID responseId,
        Integer durationMinutes,
        Instant occurredAt,
        UUID meetingId,
        FeedbackViews.Answer feedback) {

    public static InvolvementView of(Involvement i) {
        return of(i, null);
    }

    public static InvolvementView of(Involvement i, FeedbackViews.Answer feedback) {
        return new InvolvementView(
                i.id,
                i.kind,
                i.description,
                i.consultationId,
                i.responseId,
                i.durationMinutes,
                i.occurredAt,
                i.meetingId,
                feedback);
    }
}
