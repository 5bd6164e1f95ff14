package org.advisoryforum.consultation.api;

import org.advisoryforum.consultation.domain.Voices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record KeyPointView(UUID id, UUID consultationId, String text, Instant createdAt, List<Input> inputs,
                           Voices voices) {

    /** questionKey for an answer, sectionKey for a section comment. */
    public record Input(String kind, UUID inputId, UUID responseId, UUID memberId, String questionKey,
                        String sectionKey) {
    }
}
