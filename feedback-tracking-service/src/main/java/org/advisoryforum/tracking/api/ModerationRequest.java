package org.advisoryforum.tracking.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.advisoryforum.tracking.domain.ModerationReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's decision on quotable words: APPROVE, REDACT (with the removed spans) or REJECT (with a reason). */
public record ModerationRequest(
        @NotNull Decision decision,

        @Size(max = 50)
        @Schema(description = "REDACT only: the spans to remove, in characters (code points) of the words")
        List<@NotNull @Valid Span> redactions,

        @Schema(description = "REJECT only: why the words are not used")
        ModerationReason reason) {

    public enum Decision {
        APPROVE,
        REDACT,
        REJECT
    }

    /** characters [start, end) of the words as the author wrote them */
    public record Span(
            @NotNull @PositiveOrZero Integer start,
            @NotNull @PositiveOrZero Integer end,
            @NotNull ModerationReason reason) {}
}
