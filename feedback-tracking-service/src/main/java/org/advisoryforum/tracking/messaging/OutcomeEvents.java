package org.advisoryforum.tracking.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.tracking.api.TallyView;
import org.advisoryforum.tracking.domain.Action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * tracking.outcome.v1 (key = consultation id): closes the loop with the members behind an action. Pseudonymous ids
 * only, no staff names, no member's words.
 */
@ApplicationScoped
public class OutcomeEvents {

    public static final String TOPIC = "tracking.outcome.v1";

    private final Outbox outbox;

    public OutcomeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void actionStatusChanged(Action action, List<UUID> memberIds, Instant changedAt) {
        outbox.publish(TOPIC, "action-status-changed", 1, action.consultationId.toString(),
                new ActionStatusChanged(action.id, action.consultationId, action.status.name(), memberIds, changedAt,
                        action.description));
    }

    public void confirmationRecorded(Action action, TallyView tally) {
        outbox.publish(TOPIC, "confirmation-recorded", 1, action.consultationId.toString(),
                new ConfirmationRecorded(action.id, action.consultationId, tally.reflects(), tally.misses()));
    }

    /**
     * The author's words were redacted or not used: tells forum-service to put it in their inbox. Reason codes only,
     * never the words (they may be what had to be removed).
     */
    public void quoteModerated(UUID consultationId, UUID inputId, UUID memberId, String decision, List<String> reasons,
                               Instant decidedAt) {
        outbox.publish(TOPIC, "quote-moderated", 1, consultationId.toString(),
                new QuoteModerated(inputId, consultationId, memberId, decision, reasons, decidedAt));
    }

    /** decision: REDACTED or REJECTED; reasons: codes of the fixed list (ModerationReason) */
    public record QuoteModerated(UUID inputId, UUID consultationId, UUID memberId, String decision,
                                 List<String> reasons, Instant decidedAt) {
    }

    /** memberIds: the distinct pseudonymous members behind the action's key points; summary: the action's description */
    public record ActionStatusChanged(UUID actionId, UUID consultationId, String status, List<UUID> memberIds,
                                      Instant changedAt, String summary) {
    }

    public record ConfirmationRecorded(UUID actionId, UUID consultationId, long reflects, long misses) {
    }
}
