package org.advisoryforum.consultation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.advisoryforum.consultation.domain.Audience;
import org.advisoryforum.consultation.domain.ConsultationKind;

/** What staff write when they create or edit a draft consultation. */
public record ConsultationRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 2000) String plainLanguageSummary,
        @NotNull ConsultationKind kind,
        @NotNull Audience audience,
        @NotBlank @Size(max = 200) String accountableTeam,
        Instant opensAt,
        @NotNull Instant closesAt) {}
