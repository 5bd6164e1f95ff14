package org.advisoryforum.consultation.themes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One request of staff for suggested themes of a question's answers. */
@Entity
@Table(name = "theme_run")
public class ThemeRun {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "question_key", nullable = false)
    public String questionKey;

    @Column(nullable = false)
    public int answers;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
