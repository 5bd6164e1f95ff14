package org.advisoryforum.consultation.themes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The staff API of suggested themes (never public, never in an event). */
public final class ThemeViews {

    private ThemeViews() {}

    /** A run: the suggestions for one question's answers, made when {@code createdBy} asked. */
    public record Run(
            UUID id,
            UUID consultationId,
            String questionKey,
            int answers,
            Instant createdAt,
            String createdBy,
            List<Suggestion> suggestions) {}

    /** size counts its answers; central are the (up to 3, or 6 after a merge) answers nearest its centre. */
    public record Suggestion(
            UUID id,
            int position,
            String label,
            List<String> phrases,
            String method,
            String language,
            int size,
            String status,
            List<CentralAnswer> central,
            UUID keyPointId,
            UUID mergedInto,
            Instant decidedAt,
            String decidedBy) {}

    public record CentralAnswer(UUID answerId, String text) {}

    /** Edit the label of a suggestion. */
    public record LabelRequest(@NotBlank @Size(max = 1000) String label) {}

    /** Accept a suggestion as a key point, optionally with a new label (else its own). */
    public record AcceptRequest(@Size(max = 1000) String label) {}

    /** Merge the suggestion {@code with} into this one; optionally a new label. */
    public record MergeRequest(
            @NotNull UUID with, @Size(max = 1000) String label) {}
}
