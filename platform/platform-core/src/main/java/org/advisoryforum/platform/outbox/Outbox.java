package org.advisoryforum.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.advisoryforum.platform.events.EventCodec;
import org.advisoryforum.platform.events.EventEnvelope;

import java.time.Instant;

/**
 * Services publish events only through here: the event becomes a row in the caller's transaction,
 * so it exists if and only if the change it describes was committed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final EventCodec codec;
    private final Event<OutboxWritten> written;

    public Outbox(OutboxRepository repository, EventCodec codec, Event<OutboxWritten> written) {
        this.repository = repository;
        this.codec = codec;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, int version, String aggregateId, Object payload) {
        return write(topic, type, version, aggregateId, payload, false);
    }

    /**
     * Like {@link #publish}, but the row is deleted as soon as the broker has the event, not kept for the retention:
     * for an event that must not stay behind, such as the notice that a member was erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publishAndForget(String topic, String type, int version, String aggregateId, Object payload) {
        return write(topic, type, version, aggregateId, payload, true);
    }

    private EventEnvelope write(String topic, String type, int version, String aggregateId, Object payload,
                                boolean forgetWhenSent) {
        EventEnvelope envelope = codec.envelope(type, version, aggregateId, payload);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.aggregateId = aggregateId;
        row.type = type;
        row.envelope = codec.toJson(envelope);
        row.createdAt = Instant.now();
        row.forgetWhenSent = forgetWhenSent;
        repository.persist(row);
        written.fire(new OutboxWritten(topic));
        return envelope;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(String topic) {
    }
}
