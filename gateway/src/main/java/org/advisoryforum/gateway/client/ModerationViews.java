package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Quotable words in moderation, as feedback-tracking-service serves them to staff (no member id). */
public final class ModerationViews {

    private ModerationViews() {}

    /** status PENDING, APPROVED, REDACTED or REJECTED; publicText only once approved or redacted; history on one item */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            UUID inputId,
            UUID consultationId,
            String kind,
            String questionKey,
            String sectionKey,
            String attribution,
            String text,
            String status,
            String reason,
            List<Span> redactions,
            String publicText,
            Instant queuedAt,
            String decidedBy,
            Instant decidedAt,
            List<Decision> history) {}

    /** characters (code points) [start, end) of the words as written, with the reason's code */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(int start, int end, String reason) {}

    /** one logged decision: who is a staff subject id, redactions as the service logged them ("3-9:OFFENSIVE") */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String decision, String reason, String redactions, String decidedBy, Instant decidedAt) {}
}
