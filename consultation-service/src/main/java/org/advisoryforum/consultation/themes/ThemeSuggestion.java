package org.advisoryforum.consultation.themes;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A suggested theme: a label staff may edit, its top phrases, and its answers by id (nearest the centre first). */
@Entity
@Table(name = "theme_suggestion")
public class ThemeSuggestion {

    public enum Status {
        SUGGESTED,
        ACCEPTED,
        REJECTED,
        MERGED
    }

    @Id
    public UUID id;

    @Column(name = "run_id", nullable = false)
    public UUID runId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ThemeGrouper.Method method;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String label;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> phrases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "key_point_id")
    public UUID keyPointId;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_suggestion_answer", joinColumns = @JoinColumn(name = "suggestion_id"))
    @OrderBy("rank")
    public List<ThemeAnswer> answers = new ArrayList<>();
}
