package org.advisoryforum.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventCodec;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.events.PoisonEventException;
import org.advisoryforum.platform.problem.Unavailability;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The common shape of every consumer: parse the envelope, pick the handler for its type, apply it once.
 * Unknown types are acknowledged and ignored (evolution is add-only); an unreadable record is poison and
 * goes to the dead-letter topic through the channel's failure strategy. A tombstone (a record with no value, which a
 * compacted topic uses to drop a key's earlier records) is no event: it is acknowledged and ignored.
 */
@ApplicationScoped
public class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final long RETRY_DELAY_MS = 300;
    private static final long OUTAGE_MAX_DELAY_MS = 5_000;

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final DeadLetters deadLetters;

    public EventHandlers(EventCodec codec, IdempotentConsumer idempotent, DeadLetters deadLetters) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.deadLetters = deadLetters;
    }

    /** {@link #dispatch(String, String, Map)} with the consumer's own name and handlers. */
    public void dispatch(EventConsumer consumer, String record) {
        dispatch(consumer.name(), record, consumer.handlers());
    }

    /**
     * Applies a record once, in the caller's transaction: no retry and no dead letter, a failure is the caller's.
     * For a staff replay of a dead letter.
     *
     * @return true when the effect ran; false when the type is ignored or the event was processed already
     */
    public boolean applyOnce(EventConsumer consumer, String record) {
        return apply(consumer.name(), record, consumer.handlers());
    }

    /**
     * Tries a few times (a database hiccup passes); a poison record is not retried. What still fails is recorded
     * as a dead letter for staff and rethrown, so the channel's dead-letter-queue strategy sends it to its DLQ topic.
     * While the database is unreachable the record is not at fault: it waits, retried with a back-off up to
     * {@link #OUTAGE_MAX_DELAY_MS}, for as long as the outage lasts, and never becomes a dead letter for that.
     */
    public void dispatch(String consumer, String record, Map<String, Consumer<EventEnvelope>> handlers) {
        long outageDelay = RETRY_DELAY_MS;
        boolean outageLogged = false;
        for (int attempt = 1; ; attempt++) {
            try {
                apply(consumer, record, handlers);
                if (outageLogged) {
                    LOG.infof("%s reaches its database again and goes on", consumer);
                }
                return;
            } catch (RuntimeException failure) {
                if (Unavailability.isDatabaseUnavailable(failure)) {
                    if (!outageLogged) {
                        LOG.warnf("%s waits for its database (%s)", consumer, Unavailability.reason(failure));
                        outageLogged = true;
                    }
                    attempt = 0;
                    sleep(outageDelay);
                    outageDelay = Math.min(outageDelay * 2, OUTAGE_MAX_DELAY_MS);
                    continue;
                }
                boolean poison = failure instanceof PoisonEventException;
                if (poison || attempt >= MAX_ATTEMPTS) {
                    String reason =
                            poison ? failure.getMessage() : "failed " + attempt + " times: " + rootCause(failure);
                    LOG.warnf("%s sent a record to the dead letters: %s", consumer, reason);
                    deadLetters.record(consumer, record, reason);
                    throw failure;
                }
                LOG.debugf("%s will retry a record after: %s", consumer, rootCause(failure));
                pause(attempt);
            }
        }
    }

    /** Only the kind of failure: a database message can quote the row, and with it personal data. */
    static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private static void pause(int attempt) {
        sleep(RETRY_DELAY_MS * attempt);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

    private boolean apply(String consumer, String record, Map<String, Consumer<EventEnvelope>> handlers) {
        if (record == null) {
            LOG.debugf("%s ignores a tombstone", consumer);
            return false;
        }
        EventEnvelope event = codec.parse(record);
        Consumer<EventEnvelope> handler = handlers.get(event.type());
        if (handler == null) {
            LOG.debugf("%s ignores event type %s", consumer, event.type());
            return false;
        }
        boolean applied = idempotent.applyOnce(consumer, event, () -> handler.accept(event));
        if (!applied) {
            LOG.debugf("%s already processed event %s", consumer, event.eventId());
        }
        return applied;
    }

    /**
     * For a consumer that acts on the tombstones of a topic keyed by id (forum.member.v1: the member was erased): the
     * key of a tombstone; empty for an event, or for a key that is no UUID.
     */
    public static Optional<UUID> tombstoneKey(ConsumerRecord<String, String> record) {
        if (record.value() != null || record.key() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(record.key()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public <T> T payload(EventEnvelope event, Class<T> type) {
        return codec.payload(event, type);
    }
}
