package org.advisoryforum.forum.api;

import org.advisoryforum.forum.domain.Involvement;

import java.time.Instant;
import java.util.UUID;

public record InvolvementView(UUID id, Involvement.Kind kind, String description, UUID consultationId,
                              UUID responseId, Integer durationMinutes, Instant occurredAt,
                              UUID meetingId) {

    public static InvolvementView of(Involvement i) {
        return new InvolvementView(i.id, i.kind, i.description, i.consultationId, i.responseId, i.durationMinutes,
                i.occurredAt, i.meetingId);
    }
}
