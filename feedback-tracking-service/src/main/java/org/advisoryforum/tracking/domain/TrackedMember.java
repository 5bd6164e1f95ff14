package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest perspectives, region and consent of a pseudonymous member, from forum.member.v1, with the forum display
 * name only while their quote consent is NAMED (no account name, no contact data).
 */
@Entity
@Table(name = "tracked_member")
public class TrackedMember {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    /** comma-separated, e.g. LIVED_EXPERIENCE,CARER */
    public String perspectives;

    public String region;

    /** NAMED, ANONYMOUS or NONE; null when not known yet */
    @Column(name = "quote_consent")
    public String quoteConsent;

    /** the forum display name, shown with their NAMED quotes; null unless quote consent is NAMED */
    @Column(name = "display_name")
    public String displayName;

    @Column(name = "use_in_statistics")
    public Boolean useInStatistics;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
