package org.advisoryforum.consultation.messaging;

import org.advisoryforum.consultation.domain.Attribution;

import java.util.List;
import java.util.UUID;

/** The parts of forum.member.v1 payloads this service reads (see forum-service/README.md). */
public final class MemberEvent {

    private MemberEvent() {
    }

    public record Consent(Attribution quote, boolean contactByEmail, boolean useInStatistics) {
    }

    public record Joined(UUID memberId, List<String> perspectives, String region, Consent consent) {
    }

    public record ProfileChanged(UUID memberId, List<String> perspectives, String region) {
    }

    public record ConsentChanged(UUID memberId, Attribution quote, boolean contactByEmail, boolean useInStatistics) {
    }

    public record Erased(UUID memberId) {
    }
}
