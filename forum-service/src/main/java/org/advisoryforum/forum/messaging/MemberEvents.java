package org.advisoryforum.forum.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.QuoteConsent;
import org.advisoryforum.forum.domain.Region;
import org.advisoryforum.platform.outbox.Outbox;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * forum.member.v1, keyed by member id. The pseudonymous id, perspectives, region and consent travel, and the display
 * name the member chose only while their quote consent is NAMED (it is the name other services show with their named
 * quotes; null otherwise, so a change away from NAMED withdraws it): never an account name, an e-mail address or
 * accessibility needs.
 */
@ApplicationScoped
public class MemberEvents {

    public static final String TOPIC = "forum.member.v1";

    private final Outbox outbox;

    public MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void joined(Member member, ConsentRecord consent) {
        publish(member.id, "joined", new Joined(member.id, member.details.perspectives, member.details.region,
                member.joinedAt, new Consent(consent.quote, consent.contactByEmail, consent.useInStatistics),
                publicName(member, consent.quote)));
    }

    public void profileChanged(Member member, QuoteConsent quote) {
        publish(member.id, "profile-changed", new ProfileChanged(member.id, member.details.perspectives,
                member.details.region, publicName(member, quote)));
    }

    public void consentChanged(Member member, ConsentRecord consent) {
        publish(consent.memberId, "consent-changed", new ConsentChanged(consent.memberId, consent.quote,
                consent.contactByEmail, consent.useInStatistics, consent.consentVersion, consent.changedAt,
                publicName(member, consent.quote)));
    }

    /** The forum display name, only for a member who chose to be quoted by name. */
    static String publicName(Member member, QuoteConsent quote) {
        return quote == QuoteConsent.NAMED ? member.details.displayName : null;
    }

    public void left(UUID memberId, Instant leftAt) {
        publish(memberId, "left", new Left(memberId, leftAt));
    }

    /** The erasure notice names the member, so its outbox row goes as soon as the broker has it. */
    public void erased(UUID memberId, Instant erasedAt) {
        outbox.publishAndForget(TOPIC, "erased", 1, memberId.toString(), new Erased(memberId, erasedAt));
    }

    private void publish(UUID memberId, String type, Object payload) {
        outbox.publish(TOPIC, type, 1, memberId.toString(), payload);
    }

    public record Consent(QuoteConsent quote, boolean contactByEmail, boolean useInStatistics) {
    }

    /** displayName: the forum display name while quote consent is NAMED, else null. */
    public record Joined(UUID memberId, Set<Perspective> perspectives, Region region, Instant joinedAt,
                         Consent consent, String displayName) {
    }

    public record ProfileChanged(UUID memberId, Set<Perspective> perspectives, Region region, String displayName) {
    }

    public record ConsentChanged(UUID memberId, QuoteConsent quote, boolean contactByEmail, boolean useInStatistics,
                                 int consentVersion, Instant changedAt, String displayName) {
    }

    public record Left(UUID memberId, Instant leftAt) {
    }

    public record Erased(UUID memberId, Instant erasedAt) {
    }
}
