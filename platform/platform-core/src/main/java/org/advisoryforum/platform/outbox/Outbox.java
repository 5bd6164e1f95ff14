package org.advisoryforum.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.advisoryforum.platform.events.EventCodec;
import org.advisoryforum.platform.events.EventEnvelope;

/**
 * Services publish events only through here: the event becomes a row in the caller's transaction,
 * so it exists if and only if the change it describes was committed. The row keeps the trace context of the moment
 * (the request's span, or the consumer's), which the relay hands on in the record's headers.
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

    /**
     * A tombstone for {@code key} on {@code topic}: a record with that key and no value, sent in order after the key's
     * earlier events. On a compacted topic the broker then drops every earlier record of the key (and, after the topic's
     * {@code delete.retention.ms}, the tombstone too), so nothing about it stays on the topic. Consumers ignore
     * tombstones ({@code EventHandlers}). Like {@link #publishAndForget}, its row goes as soon as the broker has it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishTombstone(String topic, String key) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = java.util.UUID.randomUUID();
        row.topic = topic;
        row.aggregateId = key;
        row.type = TOMBSTONE;
        row.envelope = null;
        row.createdAt = Instant.now();
        row.forgetWhenSent = true;
        repository.persist(row);
        written.fire(new OutboxWritten(topic));
    }

    /** The type recorded for a tombstone's outbox row; no event of that type is ever sent. */
    public static final String TOMBSTONE = "tombstone";

    private EventEnvelope write(
            String topic, String type, int version, String aggregateId, Object payload, boolean forgetWhenSent) {
        EventEnvelope envelope = codec.envelope(type, version, aggregateId, payload);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.aggregateId = aggregateId;
        row.type = type;
        row.envelope = codec.toJson(envelope);
        row.createdAt = Instant.now();
        row.forgetWhenSent = forgetWhenSent;
        OutboxTracing.capture(row);
        repository.persist(row);
        written.fire(new OutboxWritten(topic));
        return envelope;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(String topic) {}
}
