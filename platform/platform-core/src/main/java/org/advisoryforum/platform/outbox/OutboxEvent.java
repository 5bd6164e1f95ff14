package org.advisoryforum.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting to be (or already) published; written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    /** The event as JSON; null for a tombstone (the record's value is null: see {@link Outbox#publishTombstone}). */
    @Column(columnDefinition = "text")
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 500)
    public String lastError;

    /**
     * When a send failed in a way no retry can mend (the record is too large, its topic invalid): the row is parked,
     * never sent again until this is cleared, and the later events of its topic and key wait behind it.
     */
    @Column(name = "failed_at")
    public Instant failedAt;

    /**
     * The W3C trace context current when the event was written (the request's or the consumer's span), handed on in
     * the record's {@code traceparent}/{@code tracestate} headers; null when nothing was traced.
     */
    @Column(length = 128)
    public String traceparent;

    @Column(length = 512)
    public String tracestate;

    /** Deleted by the relay once sent, instead of being kept until the retention ends. */
    @Column(name = "forget_when_sent", nullable = false)
    public boolean forgetWhenSent;
}
