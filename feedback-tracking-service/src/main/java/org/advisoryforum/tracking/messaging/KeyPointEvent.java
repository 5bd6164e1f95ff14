package org.advisoryforum.tracking.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** consultation.keypoint.v1 created: a key point and the inputs behind it (no words of members). */
public record KeyPointEvent(UUID id, UUID consultationId, String text, Instant createdAt, List<Input> inputs) {

    /** kind ANSWER or COMMENT; questionKey for an answer, sectionKey for a comment. */
    public record Input(
            String kind, UUID inputId, UUID responseId, UUID memberId, String questionKey, String sectionKey) {}
}
