package org.advisoryforum.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.advisoryforum.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Staff replay a dead letter once the cause is fixed: its record goes through the same consumer's handlers, with the
 * same idempotence (an event processed meanwhile changes nothing), in one transaction with the mark saying who replayed
 * it and when. A replay that fails again changes nothing and leaves the letter to be replayed later; a second replay
 * of a replayed letter is refused.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final EntityManager entityManager;
    private final EventHandlers handlers;
    private final Instance<EventConsumer> consumers;

    public DeadLetterReplay(
            EntityManager entityManager, EventHandlers handlers, @Any Instance<EventConsumer> consumers) {
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.consumers = consumers;
    }

    @Transactional
    public Replayed replay(long id, String staff) {
        // the row lock makes a concurrent replay wait, then see this one's mark
        DeadLetter letter = entityManager.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw ProblemException.notFound("There is no dead letter " + id + ".");
        }
        if (letter.replayedAt != null) {
            throw ProblemException.conflict("Dead letter " + id + " was replayed already, at " + letter.replayedAt
                    + "; a dead letter is replayed once only.");
        }
        EventConsumer consumer = consumer(letter.consumer);
        boolean applied;
        try {
            applied = handlers.applyOnce(consumer, letter.record);
            entityManager.flush(); // a constraint the effect breaks fails here, as a refusal, not at commit
        } catch (RuntimeException failure) {
            LOG.infof(
                    "replay of dead letter %d (%s) failed again: %s",
                    id, letter.consumer, EventHandlers.rootCause(failure));
            throw ProblemException.conflict("Dead letter " + id + " still cannot be processed ("
                    + EventHandlers.rootCause(failure) + "); nothing was changed. Fix the cause and replay it again.");
        }
        letter.replayedAt = Instant.now();
        letter.replayedBy = staff;
        LOG.infof(
                "dead letter %d (%s) replayed, effect %s", id, letter.consumer, applied ? "applied" : "already there");
        return new Replayed(DeadLetters.view(letter), applied);
    }

    private EventConsumer consumer(String name) {
        for (EventConsumer consumer : consumers) {
            if (consumer.name().equals(name)) {
                return consumer;
            }
        }
        throw ProblemException.conflict(
                "No consumer named '" + name + "' runs in this service: the dead letter " + "cannot be replayed here.");
    }

    /**
     * @param applied true when the effect ran now; false when the event had been processed meanwhile (a redelivery)
     *                or its type is ignored, so nothing needed doing
     */
    public record Replayed(DeadLetters.DeadLetterView deadLetter, boolean applied) {}
}
