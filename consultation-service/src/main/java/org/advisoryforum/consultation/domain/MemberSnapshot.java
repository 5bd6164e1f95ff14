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

/**
 * What this service knows of a member, from forum.member.v1: perspectives, region, consent, whether they left, and
 * their forum display name only while their quote consent is NAMED. Never an account name or contact data.
 */
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

    /** the forum display name; null unless quote consent is NAMED */
    @Column(name = "display_name")
    public String displayName;

    /** when they left the forum; null while they are a member */
    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** a current member: known from forum.member.v1, not left and not erased */
    public boolean isActive() {
        return !erased && leftAt == null;
    }

    /** keeps a name only while the latest consent is NAMED */
    public void publicName(String name) {
        displayName = quoteConsent == Attribution.NAMED && name != null && !name.isBlank() ? name.strip() : null;
    }

    public List<String> perspectiveList() {
        return perspectives.isBlank() ? List.of() : Arrays.asList(perspectives.split(","));
    }

    public void perspectives(List<String> values) {
        perspectives = values == null ? "" : String.join(",", values);
    }
}
