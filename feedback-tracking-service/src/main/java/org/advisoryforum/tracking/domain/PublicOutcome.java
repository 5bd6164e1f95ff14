package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The public "You said, we did" JSON of a consultation, rebuilt on every change so that a read is one row. */
@Entity
@Table(name = "public_outcome")
public class PublicOutcome {

    @Id
    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String etag;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
