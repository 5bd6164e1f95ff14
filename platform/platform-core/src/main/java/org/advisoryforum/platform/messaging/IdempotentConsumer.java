package org.advisoryforum.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.advisoryforum.platform.events.EventEnvelope;

/**
 * Applies an event's effect at most once per consumer: the processed-event record and the effect commit
 * together, so a redelivered event (Kafka is at-least-once) changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;

    public IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true when the effect ran, false when this consumer had already processed the event. */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Runnable effect) {
        int inserted = entityManager
                .createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        values (:consumer, :eventId, :processedAt)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.eventId())
                .setParameter("processedAt", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.run();
        return true;
    }
}
