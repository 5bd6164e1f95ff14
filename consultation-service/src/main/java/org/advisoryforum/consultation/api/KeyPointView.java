package org.advisoryforum.consultation.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Voices;

/** A key point as staff see it: with its provenance (never in an event; see KeyPointEvents). */
public record KeyPointView(
        UUID id,
        UUID consultationId,
        String text,
        Instant createdAt,
        List<Input> inputs,
        Voices voices,
        Provenance provenance) {

    /** origin STAFF (made by hand) or SUGGESTED (accepted from the suggestion run {@code suggestionRunId}); by whom. */
    public record Provenance(String origin, UUID suggestionRunId, String by) {}

    /** questionKey for an answer, sectionKey for a section comment. */
    public record Input(
            String kind, UUID inputId, UUID responseId, UUID memberId, String questionKey, String sectionKey) {}
}
