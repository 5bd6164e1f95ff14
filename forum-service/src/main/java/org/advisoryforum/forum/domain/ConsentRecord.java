package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a member's consent choices. Never updated: a change is a new version. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "consent_version", nullable = false)
    public int consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuoteConsent quote;

    @Column(name = "contact_by_email", nullable = false)
    public boolean contactByEmail;

    @Column(name = "use_in_statistics", nullable = false)
    public boolean useInStatistics;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** how this version came about; the database refuses to change a kept version (V7) */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentChannel channel;

    public static ConsentRecord of(
            UUID memberId,
            int version,
            QuoteConsent quote,
            boolean contactByEmail,
            boolean useInStatistics,
            ConsentChannel channel,
            Instant now) {
        ConsentRecord record = new ConsentRecord();
        record.memberId = memberId;
        record.consentVersion = version;
        record.quote = quote;
        record.contactByEmail = contactByEmail;
        record.useInStatistics = useInStatistics;
        record.changedAt = now;
        record.channel = channel;
        return record;
    }

    public boolean sameChoicesAs(QuoteConsent otherQuote, boolean otherContact, boolean otherStatistics) {
        return quote == otherQuote && contactByEmail == otherContact && useInStatistics == otherStatistics;
    }
}
