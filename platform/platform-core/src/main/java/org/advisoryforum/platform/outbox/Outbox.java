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
        EventEnvelope envelope = codec.envelope(type, version, aggregateId, payload);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.aggregateId = aggregateId;
        row.type = type;
        row.envelope = codec.toJson(envelope);
        row.createdAt = Instant.now();
        repository.persist(row);
        written.fire(new OutboxWritten(topic));
        return envelope;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(String topic) {
    }
}
