package org.advisoryforum.forum.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.QuoteConsent;
import org.advisoryforum.forum.repository.ConsentRepository;
import org.advisoryforum.platform.outbox.Outbox;

/**
 * forum.member.v1, keyed by member id. The pseudonymous id, perspectives, region and consent travel, and the display
 * name the member chose only while their quote consent is NAMED (it is the name other services show with their named
 * quotes; null otherwise, so a change away from NAMED withdraws it): never an account name, an e-mail address or
 * accessibility needs.
 * <p>
 * The topic is compacted (settings in application.properties): every event but {@code erased} carries the member's
 * whole snapshot (perspectives, region, consent, display name), so the latest record of a member is all a consumer
 * reading from the beginning needs. After {@code erased} comes a tombstone for the member's key, and compaction then
 * drops every earlier record of that member, display name included.
 * <p>
 * The payload records hold strings (enum names), not domain types: the contract is the JSON Schema of each type in
 * platform-contracts ({@code contracts/forum.member.v1/}), which forum-service's contract test checks them against.
 */
@ApplicationScoped
public class MemberEvents {

    public static final String TOPIC = "forum.member.v1";

    private final Outbox outbox;
    private final ConsentRepository consents;

    public MemberEvents(Outbox outbox, ConsentRepository consents) {
        this.outbox = outbox;
        this.consents = consents;
    }

    public void joined(Member member, ConsentRecord consent) {
        publish(
                member.id,
                "joined",
                new Joined(
                        member.id,
                        names(member.details.perspectives),
                        name(member.details.region),
                        member.joinedAt,
                        Consent.of(consent),
                        publicName(member, consent.quote)));
    }

    public void profileChanged(Member member, QuoteConsent quote) {
        publish(
                member.id,
                "profile-changed",
                new ProfileChanged(
                        member.id,
                        names(member.details.perspectives),
                        name(member.details.region),
                        publicName(member, quote),
                        consents.current(member.id).map(Consent::of).orElse(null)));
    }

    public void consentChanged(Member member, ConsentRecord consent) {
        publish(
                consent.memberId,
                "consent-changed",
                new ConsentChanged(
                        consent.memberId,
                        name(consent.quote),
                        consent.contactByEmail,
                        consent.useInStatistics,
                        consent.consentVersion,
                        consent.changedAt,
                        publicName(member, consent.quote),
                        names(member.details.perspectives),
                        name(member.details.region)));
    }

    /** The forum display name, only for a member who chose to be quoted by name. */
    static String publicName(Member member, QuoteConsent quote) {
        return quote == QuoteConsent.NAMED ? member.details.displayName : null;
    }

    public void left(Member member, Instant leftAt) {
        Optional<ConsentRecord> consent = consents.current(member.id);
        publish(
                member.id,
                "left",
                new Left(
                        member.id,
                        leftAt,
                        names(member.details.perspectives),
                        name(member.details.region),
                        consent.map(Consent::of).orElse(null),
                        consent.map(c -> publicName(member, c.quote)).orElse(null)));
    }

    /**
     * The erasure notice names the member, so its outbox row goes as soon as the broker has it; so does the tombstone
     * that follows it, after which compaction drops the member's earlier records (and, later, these two) from the topic.
     */
    public void erased(UUID memberId, Instant erasedAt) {
        outbox.publishAndForget(TOPIC, "erased", 1, memberId.toString(), new Erased(memberId, erasedAt));
        outbox.publishTombstone(TOPIC, memberId.toString());
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** enum names, in the set's order (perspectives: declaration order) */
    static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? null : values.stream().<String>map(Enum::name).toList();
    }

    private void publish(UUID memberId, String type, Object payload) {
        outbox.publish(TOPIC, type, 1, memberId.toString(), payload);
    }

    /** quote: NAMED, ANONYMOUS or NONE */
    public record Consent(String quote, boolean contactByEmail, boolean useInStatistics) {

        static Consent of(ConsentRecord c) {
            return new Consent(name(c.quote), c.contactByEmail, c.useInStatistics);
        }
    }

    /** displayName: the forum display name while quote consent is NAMED, else null. */
    public record Joined(
            UUID memberId,
            List<String> perspectives,
            String region,
            Instant joinedAt,
            Consent consent,
            String displayName) {}

    /** consent: added so that each event is the member's whole snapshot (the topic is compacted). */
    public record ProfileChanged(
            UUID memberId, List<String> perspectives, String region, String displayName, Consent consent) {}

    /** perspectives, region: added so that each event is the member's whole snapshot (the topic is compacted). */
    public record ConsentChanged(
            UUID memberId,
            String quote,
            boolean contactByEmail,
            boolean useInStatistics,
            int consentVersion,
            Instant changedAt,
            String displayName,
            List<String> perspectives,
            String region) {}

    /** All but leftAt added so that each event is the member's whole snapshot (the topic is compacted). */
    public record Left(
            UUID memberId,
            Instant leftAt,
            List<String> perspectives,
            String region,
            Consent consent,
            String displayName) {}

    public record Erased(UUID memberId, Instant erasedAt) {}
}
