package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff only: quotable words in moderation. text is what the author wrote; publicText what the public page shows (null
 * unless APPROVED or REDACTED). decidedBy is a staff subject id. No member id: moderation judges the words.
 */
public record ModerationItemView(
        UUID inputId,
        UUID consultationId,
        String kind,
        String questionKey,
        String sectionKey,
        String attribution,
        String text,
        String status,
        String reason,
        List<ModerationRequest.Span> redactions,
        String publicText,
        Instant queuedAt,
        String decidedBy,
        Instant decidedAt,
        List<Decision> history) {

    /** one entry of the moderation log */
    public record Decision(String decision, String reason, String redactions, String decidedBy, Instant decidedAt) {}
}
