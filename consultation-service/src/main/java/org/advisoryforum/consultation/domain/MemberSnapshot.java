package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What this service knows of a member, from forum.member.v1: perspectives, region and consent. No name. */
@Entity
@Table(name = "member_snapshot")
public class MemberSnapshot {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    /** Comma-separated perspective names. */
    @Column(nullable = false)
    public String perspectives = "";

    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_consent", nullable = false)
    public Attribution quoteConsent = Attribution.NONE;

    @Column(name = "use_in_statistics", nullable = false)
    public boolean useInStatistics;

    @Column(nullable = false)
    public boolean erased;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> perspectiveList() {
        return perspectives.isBlank() ? List.of() : Arrays.asList(perspectives.split(","));
    }

    public void perspectives(List<String> values) {
        perspectives = values == null ? "" : String.join(",", values);
    }
}
