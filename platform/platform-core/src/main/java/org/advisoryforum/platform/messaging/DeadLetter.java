package org.advisoryforum.platform.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String consumer;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false, columnDefinition = "text")
    public String record;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When staff replayed it (once only), and who; both null until then. */
    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Column(name = "replayed_by", length = 200)
    public String replayedBy;
}
