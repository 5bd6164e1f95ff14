package org.advisoryforum.tracking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The moderation of one quotable answer or section comment. textHash names the words the status was decided for: an
 * amendment that changes them puts the item back in the queue.
 */
@Entity
@Table(name = "quote_moderation")
public class QuoteModeration {

    @Id
    @Column(name = "input_id")
    public UUID inputId;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "response_id", nullable = false)
    public UUID responseId;

    @Column(name = "text_hash", nullable = false)
    public String textHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationStatus status;

    /** why the words were rejected (REJECTED only) */
    @Enumerated(EnumType.STRING)
    public ModerationReason reason;

    /** the staff member's subject id */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_redaction", joinColumns = @JoinColumn(name = "input_id"))
    @OrderBy("start")
    public List<Redaction> redactions = new ArrayList<>();

    /** back in the queue: nothing decided for these words yet */
    public void requeue(String hash, Instant now) {
        textHash = hash;
        status = ModerationStatus.PENDING;
        reason = null;
        decidedBy = null;
        decidedAt = null;
        queuedAt = now;
        redactions.clear();
    }
}
