package org.advisoryforum.tracking.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisoryforum.tracking.domain.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConfirmationRequest(
        @NotNull @Schema(description = "REFLECTS: this reflects what we said; MISSES: this misses our point")
        Verdict verdict,

        @Size(max = 1000) @Schema(description = "optional; seen by staff only")
        String comment) {}
