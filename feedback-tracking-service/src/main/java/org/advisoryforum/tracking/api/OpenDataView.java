package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The input → outcome graph as open data: consultations, key points, actions, statuses, evidence, voice counts. */
public record OpenDataView(List<Outcome> consultations) {

    public record Outcome(
            UUID consultationId,
            String title,
            Instant closedAt,
            Instant outcomePublishedAt,
            VoicesView participants,
            List<KeyPoint> keyPoints,
            List<YouSaidWeDidView.WeDid> actions) {

        public static Outcome of(YouSaidWeDidView o) {
            return new Outcome(
                    o.consultationId(),
                    o.title(),
                    o.closedAt(),
                    o.outcomePublishedAt(),
                    o.participation().voices(),
                    o.youSaid().stream()
                            .map(k -> new KeyPoint(k.keyPointId(), k.text(), k.voices(), k.actionIds()))
                            .toList(),
                    o.weDid());
        }
    }

    /** a key point without quotes */
    public record KeyPoint(UUID id, String text, VoicesView voices, List<UUID> actionIds) {}
}
