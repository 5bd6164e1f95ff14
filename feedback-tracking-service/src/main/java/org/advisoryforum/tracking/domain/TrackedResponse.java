package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A submitted response with the snapshot of its author at submission (consultation.response.v1); no name. */
@Entity
@Table(name = "tracked_response")
public class TrackedResponse {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** comma-separated perspectives */
    @Column(nullable = false)
    public String perspectives;

    public String region;

    @Column(name = "use_in_statistics", nullable = false)
    public boolean useInStatistics;

    /** NAMED, ANONYMOUS or NONE */
    @Column(nullable = false)
    public String attribution;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
