package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One changed section of a draft revision (consultation.lifecycle.v1 draft-revised); evidence for actions. */
@Entity
@Table(name = "draft_change")
public class DraftChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "from_version", nullable = false)
    public int fromVersion;

    @Column(name = "to_version", nullable = false)
    public int toVersion;

    @Column(name = "section_key", nullable = false)
    public String sectionKey;

    /** ADDED, REMOVED or CHANGED */
    @Column(nullable = false)
    public String change;

    @Column(name = "heading_before")
    public String headingBefore;

    @Column(name = "heading_after")
    public String headingAfter;

    @Column(name = "text_before")
    public String textBefore;

    @Column(name = "text_after")
    public String textAfter;

    @Column(name = "revised_at")
    public Instant revisedAt;
}
