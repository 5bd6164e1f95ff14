package org.advisoryforum.tracking.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of forum.member.v1 payloads that tracking reads: perspectives, region and consent; no contact data. */
public final class MemberEvent {

    private MemberEvent() {
    }

    public record Joined(UUID memberId, List<String> perspectives, String region, Consent consent) {
    }

    /** quote is NAMED, ANONYMOUS or NONE */
    public record Consent(String quote, boolean useInStatistics) {
    }

    public record ProfileChanged(UUID memberId, List<String> perspectives, String region) {
    }

    public record ConsentChanged(UUID memberId, String quote, boolean useInStatistics, Instant changedAt) {
    }

    public record Erased(UUID memberId, Instant erasedAt) {
    }
}
