package org.advisoryforum.tracking.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisoryforum.tracking.domain.DifferenceAnswer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's answer to "did it make a difference?" about an action they were behind. */
public record DifferenceRequest(
        @NotNull @Schema(description = "MADE_A_DIFFERENCE, SOME_DIFFERENCE or NO_DIFFERENCE")
        DifferenceAnswer.Answer answer,

        @Size(max = 2000) @Schema(description = "optional; read by staff only, never published")
        String comment) {}
