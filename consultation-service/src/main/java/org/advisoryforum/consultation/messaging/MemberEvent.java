package org.advisoryforum.consultation.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The parts of forum.member.v1 payloads this service reads (see forum-service/README.md); displayName is present only
 * while the member's quote consent is NAMED. Strings, not domain types: quote is NAMED, ANONYMOUS or NONE (contract:
 * platform-contracts, contracts/forum.member.v1/).
 */
public final class MemberEvent {

    private MemberEvent() {}

    public record Consent(String quote, boolean contactByEmail, boolean useInStatistics) {}

    public record Joined(
            UUID memberId, List<String> perspectives, String region, Consent consent, String displayName) {}

    /** consent: in newer events (each is the member's whole snapshot, the topic being compacted); may be null */
    public record ProfileChanged(
            UUID memberId, List<String> perspectives, String region, String displayName, Consent consent) {}

    /** perspectives, region: in newer events (each is the member's whole snapshot); may be null */
    public record ConsentChanged(
            UUID memberId,
            String quote,
            boolean contactByEmail,
            boolean useInStatistics,
            String displayName,
            List<String> perspectives,
            String region) {}

    /** all but memberId and leftAt: in newer events (each is the member's whole snapshot); may be null */
    public record Left(
            UUID memberId,
            Instant leftAt,
            List<String> perspectives,
            String region,
            Consent consent,
            String displayName) {}

    public record Erased(UUID memberId) {}
}
