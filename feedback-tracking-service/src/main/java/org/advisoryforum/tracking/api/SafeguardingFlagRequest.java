package org.advisoryforum.tracking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff raise a safeguarding concern about an answer or a section comment (quotable or not). */
public record SafeguardingFlagRequest(
        @NotNull @Schema(description = "the answer or comment id")
        UUID inputId,

        @NotBlank @Size(max = 2000) @Schema(description = "what the concern is, for the safeguarding lead")
        String concern) {}
