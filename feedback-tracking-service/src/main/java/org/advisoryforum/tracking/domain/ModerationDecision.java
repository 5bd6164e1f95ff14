package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The log of moderation: every decision, who took it (staff subject id) and when. */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "input_id", nullable = false)
    public UUID inputId;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationStatus decision;

    @Enumerated(EnumType.STRING)
    public ModerationReason reason;

    /** the removed spans as "start-end:REASON", comma-separated */
    public String redactions;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
