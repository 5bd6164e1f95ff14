package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A safeguarding concern staff raised about an answer or comment; only the role safeguarding reads it. */
@Entity
@Table(name = "safeguarding_flag")
public class SafeguardingFlag {

    @Id
    public UUID id;

    @Column(name = "input_id", nullable = false)
    public UUID inputId;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "response_id", nullable = false)
    public UUID responseId;

    @Column(nullable = false)
    public String concern;

    /** the staff member's subject id */
    @Column(name = "flagged_by", nullable = false)
    public String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;
}
