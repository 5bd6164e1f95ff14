package org.advisoryforum.tracking.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** By when a consultation's outcome is due (a date in Europe/London). */
public record OutcomeDueRequest(
        @NotNull @Schema(description = "ISO date, e.g. 2026-04-30")
        LocalDate outcomeDueBy) {}
