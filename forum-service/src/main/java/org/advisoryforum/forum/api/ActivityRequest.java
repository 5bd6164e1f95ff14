package org.advisoryforum.forum.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.advisoryforum.forum.domain.Involvement;

/** A meeting or other activity staff record in a member's ledger (responses arrive as events). */
public record ActivityRequest(
        @NotNull Involvement.Kind kind,
        @NotBlank @Size(max = 200) String description,
        @NotNull @Positive @Max(1440) Integer durationMinutes,
        @NotNull Instant occurredAt) {}
