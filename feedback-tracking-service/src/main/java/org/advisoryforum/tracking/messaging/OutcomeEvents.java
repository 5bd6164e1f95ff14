package org.advisoryforum.tracking.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.tracking.api.TallyView;
import org.advisoryforum.tracking.domain.Action;

/**
 * tracking.outcome.v1 (key = consultation id): closes the loop with the members behind an action. Pseudonymous ids
 * only, no staff names, no member's words.
 */
@ApplicationScoped
public class OutcomeEvents {

    public static final String TOPIC = "tracking.outcome.v1";
    /** About 200 kB of ids: well under the broker's default 1 MB per record. */
    static final int MEMBERS_PER_EVENT = 5_000;

    private final Outbox outbox;

    public OutcomeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * One event per {@value #MEMBERS_PER_EVENT} members: an action behind which 70,000 people spoke made a 2.7 MB
     * record, past the broker's 1 MB limit, and a record the broker refuses holds up every event after it.
     */
    public void actionStatusChanged(Action action, List<UUID> memberIds, Instant changedAt) {
        int from = 0;
        do {
            List<UUID> slice = memberIds.subList(from, Math.min(memberIds.size(), from + MEMBERS_PER_EVENT));
            outbox.publish(
                    TOPIC,
                    "action-status-changed",
                    1,
                    aggregateOf(action),
                    new ActionStatusChanged(
                            action.id,
                            action.consultationId,
                            action.status.name(),
                            List.copyOf(slice),
                            changedAt,
                            action.description));
            from += MEMBERS_PER_EVENT;
        } while (from < memberIds.size());
    }

    /**
     * An action's review date has come: forum-service asks each listed member, within their contact limit, whether it
     * made a difference. Member ids only (forum needs them), no words; one event per {@value #MEMBERS_PER_EVENT}.
     */
    public void differenceAsked(Action action, List<UUID> memberIds, Instant askedAt) {
        for (int from = 0; from < memberIds.size(); from += MEMBERS_PER_EVENT) {
            List<UUID> slice = memberIds.subList(from, Math.min(memberIds.size(), from + MEMBERS_PER_EVENT));
            outbox.publish(
                    TOPIC,
                    "difference-asked",
                    1,
                    aggregateOf(action),
                    new DifferenceAsked(
                            action.id,
                            action.consultationId,
                            action.reviewDate,
                            List.copyOf(slice),
                            askedAt,
                            action.description));
        }
    }

    /** memberIds: members behind the action; summary: the action's description; reviewDate: the day that came */
    public record DifferenceAsked(
            UUID actionId,
            UUID consultationId,
            java.time.LocalDate reviewDate,
            List<UUID> memberIds,
            Instant askedAt,
            String summary) {}

    /** A consultation's actions are keyed by the consultation, a meeting's action points by the meeting. */
    private static String aggregateOf(Action action) {
        return (action.consultationId != null ? action.consultationId : action.meetingId).toString();
    }

    public void confirmationRecorded(Action action, TallyView tally) {
        outbox.publish(
                TOPIC,
                "confirmation-recorded",
                1,
                aggregateOf(action),
                new ConfirmationRecorded(action.id, action.consultationId, tally.reflects(), tally.misses()));
    }

    /**
     * The author's words were redacted or not used: tells forum-service to put it in their inbox. Reason codes only,
     * never the words (they may be what had to be removed).
     */
    public void quoteModerated(
            UUID consultationId,
            UUID inputId,
            UUID memberId,
            String decision,
            List<String> reasons,
            Instant decidedAt) {
        outbox.publish(
                TOPIC,
                "quote-moderated",
                1,
                consultationId.toString(),
                new QuoteModerated(inputId, consultationId, memberId, decision, reasons, decidedAt));
    }

    /** decision: REDACTED or REJECTED; reasons: codes of the fixed list (ModerationReason) */
    public record QuoteModerated(
            UUID inputId,
            UUID consultationId,
            UUID memberId,
            String decision,
            List<String> reasons,
            Instant decidedAt) {}

    /** memberIds: the distinct pseudonymous members behind the action's key points; summary: the action's description */
    public record ActionStatusChanged(
            UUID actionId,
            UUID consultationId,
            String status,
            List<UUID> memberIds,
            Instant changedAt,
            String summary) {}

    public record ConfirmationRecorded(UUID actionId, UUID consultationId, long reflects, long misses) {}
}
