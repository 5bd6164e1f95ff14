package org.advisoryforum.tracking.api;

import java.util.List;
import java.util.UUID;

/** Staff only: from an action back to the key points, the answers and comments, and the people behind them. */
public record TraceView(
        UUID actionId,
        UUID consultationId,
        String description,
        String status,
        VoicesView voices,
        List<KeyPoint> keyPoints) {

    public record KeyPoint(UUID id, String text, VoicesView voices, List<Input> inputs) {}

    /** text only where the author allowed quoting */
    public record Input(
            String kind,
            UUID inputId,
            UUID responseId,
            UUID memberId,
            String questionKey,
            String sectionKey,
            List<String> perspectives,
            String text) {}
}
