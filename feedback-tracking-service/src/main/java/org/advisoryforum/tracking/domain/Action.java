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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** "We did / we will / we didn't, because": staff's answer to one or more key points. */
@Entity
@Table(name = "action")
public class Action {

    @Id
    public UUID id;

    /** The consultation the action answers, or null for an action point of a meeting's minutes. */
    @Column(name = "consultation_id")
    public UUID consultationId;

    /** The meeting whose minutes agreed this action (then there is no consultation). */
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** The minutes' action point this action tracks: one action per action point. */
    @Column(name = "action_point_id")
    public UUID actionPointId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_key_point", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "key_point_id")
    public Set<UUID> keyPointIds = new LinkedHashSet<>();

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    public String reason;

    /** the accountable team or role, never a person's name */
    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "evidence_from_version")
    public Integer evidenceFromVersion;

    @Column(name = "evidence_to_version")
    public Integer evidenceToVersion;

    @Column(name = "evidence_section_key")
    public String evidenceSectionKey;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    /** a concrete description of what changed, when neither a draft diff nor a document shows it */
    @Column(name = "evidence_description")
    public String evidenceDescription;

    public boolean hasEvidence() {
        return evidenceSectionKey != null || evidenceUrl != null || evidenceDescription != null;
    }

    @Column(nullable = false)
    public boolean overdue;

    /** when the members behind it were asked "did it make a difference?" (its review date had come); null: not yet */
    @Column(name = "review_asked_at")
    public Instant reviewAskedAt;

    /** how many members were asked then */
    @Column(name = "review_members_asked")
    public Integer reviewMembersAsked;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
