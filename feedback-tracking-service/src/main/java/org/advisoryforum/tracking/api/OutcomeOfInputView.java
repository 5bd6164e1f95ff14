package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** From one answer or comment forward: the key points it fed and the actions answering them. */
public record OutcomeOfInputView(
        UUID inputId,
        UUID consultationId,
        String consultationTitle,
        String kind,
        String questionKey,
        String sectionKey,
        String state,
        List<KeyPoint> keyPoints) {

    public record KeyPoint(UUID id, String text, List<ActionOutcome> actions) {}

    /** myVerdict: the caller's own confirmation (member impact only) */
    public record ActionOutcome(
            UUID actionId,
            String description,
            String status,
            String reason,
            EvidenceView evidence,
            Instant updatedAt,
            String myVerdict) {}
}
