package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.util.UUID;

/** The parts of consultation.response.v1 the involvement ledger needs; other fields are ignored. */
public final class ResponseEvents {

    private ResponseEvents() {}

    public record Submitted(UUID consultationId, UUID responseId, UUID memberId, Instant submittedAt) {}

    public record Withdrawn(UUID consultationId, UUID responseId, UUID memberId) {}
}
