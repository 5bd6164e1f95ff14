package org.advisoryforum.tracking.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The parts of forum.member.v1 payloads that tracking reads: perspectives, region, consent, and the forum display name
 * (present only while quote consent is NAMED); no contact data.
 */
public final class MemberEvent {

    private MemberEvent() {}

    public record Joined(
            UUID memberId, List<String> perspectives, String region, Consent consent, String displayName) {}

    /** quote is NAMED, ANONYMOUS or NONE */
    public record Consent(String quote, boolean useInStatistics) {}

    /** consent: in newer events (each is the member's whole snapshot, the topic being compacted); may be null */
    public record ProfileChanged(
            UUID memberId, List<String> perspectives, String region, String displayName, Consent consent) {}

    /** perspectives, region: in newer events (each is the member's whole snapshot); may be null */
    public record ConsentChanged(
            UUID memberId,
            String quote,
            boolean useInStatistics,
            Instant changedAt,
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

    public record Erased(UUID memberId, Instant erasedAt) {}
}
