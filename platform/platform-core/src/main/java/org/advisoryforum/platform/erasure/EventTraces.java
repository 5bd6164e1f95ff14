package org.advisoryforum.platform.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * What the chassis itself keeps that can name a person: outbox rows and dead letters. A service's erasure handler
 * calls {@link #forget} in the transaction of its other erasure effects, so they commit together or not at all, and
 * nothing waits for the outbox retention.
 * <ul>
 * <li>Sent outbox rows and dead letters that mention the text are deleted: they were history only.</li>
 * <li>Pending outbox rows on a topic in {@code dropPendingOn} are deleted: the caller publishes what others must
 * still learn from its erased state (they may carry words or a name that a rewrite could not take out).</li>
 * <li>Other pending rows go out with {@code replacement} in place of the text, so consumers still get every event
 * (and counts stay true) but no longer the person's id.</li>
 * </ul>
 * Matching is plain text (the pseudonymous id as it appears in the JSON), never a pattern.
 */
@ApplicationScoped
public class EventTraces {

    private final EntityManager entityManager;

    public EventTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every outbox row (sent or pending) and dead letter that mentions the text goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Forgotten forget(String text) {
        requireText(text);
        // pending first: a row the relay is sending right now is locked; once it is sent, the sent purge sees it
        int pending = entityManager
                .createNativeQuery("delete from outbox_event where sent_at is null and " + MENTIONS_IN_OUTBOX)
                .setParameter("text", text)
                .executeUpdate();
        return new Forgotten(purgeSent(text), pending, 0, purgeDeadLetters(text));
    }

    /** See the class comment; {@code replacement} should be of the same kind (a fresh random id for an id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Forgotten forget(String text, String replacement, Set<String> dropPendingOn) {
        requireText(text);
        if (replacement == null || replacement.contains(text)) {
            throw new IllegalArgumentException("the replacement must not contain what is forgotten");
        }
        int dropped = 0;
        for (String topic : dropPendingOn) {
            dropped += entityManager
                    .createNativeQuery("delete from outbox_event where sent_at is null and topic = :topic and "
                            + MENTIONS_IN_OUTBOX)
                    .setParameter("topic", topic)
                    .setParameter("text", text)
                    .executeUpdate();
        }
        int rewritten = entityManager
                .createNativeQuery("""
                        update outbox_event set envelope = replace(envelope, :text, :replacement),
                               aggregate_id = replace(aggregate_id, :text, :replacement),
                               last_error = replace(last_error, :text, :replacement)
                        where sent_at is null and""" + " " + MENTIONS_IN_OUTBOX)
                .setParameter("text", text)
                .setParameter("replacement", replacement)
                .executeUpdate();
        return new Forgotten(purgeSent(text), dropped, rewritten, purgeDeadLetters(text));
    }

    private static final String MENTIONS_IN_OUTBOX =
            "(strpos(envelope, :text) > 0 or strpos(aggregate_id, :text) > 0 or strpos(coalesce(last_error, ''), :text) > 0)";

    private int purgeSent(String text) {
        return entityManager
                .createNativeQuery("delete from outbox_event where sent_at is not null and " + MENTIONS_IN_OUTBOX)
                .setParameter("text", text)
                .executeUpdate();
    }

    private int purgeDeadLetters(String text) {
        return entityManager
                .createNativeQuery(
                        "delete from dead_letter where strpos(record, :text) > 0 or strpos(reason, :text) > 0")
                .setParameter("text", text)
                .executeUpdate();
    }

    private static void requireText(String text) {
        if (text == null || text.length() < 8) {
            throw new IllegalArgumentException("forget needs an identifying text of at least 8 characters");
        }
    }

    /** How many rows went or were rewritten: sent outbox rows, pending ones dropped, pending ones rewritten, dead letters. */
    public record Forgotten(int sent, int pendingDropped, int pendingRewritten, int deadLetters) {}
}
