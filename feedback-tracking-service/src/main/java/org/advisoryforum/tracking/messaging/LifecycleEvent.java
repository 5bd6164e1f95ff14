package org.advisoryforum.tracking.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of consultation.lifecycle.v1 payloads that tracking reads (see consultation-service/README.md). */
public final class LifecycleEvent {

    private LifecycleEvent() {}

    public record Published(
            UUID consultationId,
            String title,
            String plainLanguageSummary,
            String kind,
            String audience,
            String accountableTeam,
            Instant opensAt,
            Instant closesAt,
            Instant publishedAt) {}

    public record Closed(UUID consultationId, Instant closedAt) {}

    public record DraftRevised(
            UUID consultationId,
            int fromVersion,
            int toVersion,
            String note,
            Instant revisedAt,
            List<Change> changes) {}

    /** change is ADDED, REMOVED or CHANGED */
    public record Change(
            String sectionKey,
            String change,
            String headingBefore,
            String headingAfter,
            String textBefore,
            String textAfter) {}

    public record OutcomePublished(UUID consultationId, String title, Instant closedAt, Instant outcomePublishedAt) {}
}
