package org.advisoryforum.consultation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.DraftDiff;
import org.advisoryforum.platform.outbox.Outbox;

/**
 * consultation.lifecycle.v1: what other services need to follow a consultation's life, no personal data. The payload
 * records hold strings, not domain types (contracts in platform-contracts, contracts/consultation.lifecycle.v1/).
 */
@ApplicationScoped
public class LifecycleEvents {

    public static final String TOPIC = "consultation.lifecycle.v1";

    private final Outbox outbox;

    public LifecycleEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void published(Consultation c) {
        outbox.publish(
                TOPIC,
                "published",
                1,
                c.id.toString(),
                new Published(
                        c.id,
                        c.title,
                        c.summary,
                        c.plainLanguageSummary,
                        name(c.kind),
                        name(c.audience),
                        c.accountableTeam,
                        c.opensAt,
                        c.closesAt,
                        c.publishedAt));
    }

    public void closed(Consultation c) {
        outbox.publish(TOPIC, "closed", 1, c.id.toString(), new Closed(c.id, c.closedAt));
    }

    public void opened(Consultation c) {
        outbox.publish(TOPIC, "opened", 1, c.id.toString(), new Opened(c.id, c.opensAt));
    }

    public void draftRevised(
            Consultation c, int fromVersion, String note, Instant revisedAt, List<DraftDiff.Change> changes) {
        outbox.publish(
                TOPIC,
                "draft-revised",
                1,
                c.id.toString(),
                new DraftRevised(
                        c.id,
                        fromVersion,
                        c.draftVersion,
                        note,
                        revisedAt,
                        changes.stream().map(SectionChange::of).toList()));
    }

    public void outcomePublished(Consultation c, long responses, long keyPoints) {
        outbox.publish(
                TOPIC,
                "outcome-published",
                1,
                c.id.toString(),
                new OutcomePublished(c.id, c.title, c.closedAt, c.outcomePublishedAt, responses, keyPoints));
    }

    public record Published(
            UUID consultationId,
            String title,
            String summary,
            String plainLanguageSummary,
            String kind,
            String audience,
            String accountableTeam,
            Instant opensAt,
            Instant closesAt,
            Instant publishedAt) {}

    public record Closed(UUID consultationId, Instant closedAt) {}

    public record Opened(UUID consultationId, Instant openedAt) {}

    public record DraftRevised(
            UUID consultationId,
            int fromVersion,
            int toVersion,
            String note,
            Instant revisedAt,
            List<SectionChange> changes) {}

    /** change: ADDED, REMOVED or CHANGED */
    public record SectionChange(
            String sectionKey,
            String change,
            String headingBefore,
            String headingAfter,
            String textBefore,
            String textAfter) {

        static SectionChange of(DraftDiff.Change c) {
            return new SectionChange(
                    c.sectionKey(),
                    name(c.change()),
                    c.headingBefore(),
                    c.headingAfter(),
                    c.textBefore(),
                    c.textAfter());
        }
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public record OutcomePublished(
            UUID consultationId,
            String title,
            Instant closedAt,
            Instant outcomePublishedAt,
            long responses,
            long keyPoints) {}
}
