package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.advisoryforum.forum.domain.AccessibilityNeed;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;

/** What a person tells the forum when they apply to join. */
public record ApplicationRequest(
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(max = 2000) String why,
        @NotEmpty Set<@NotNull Perspective> perspectives,
        @NotNull Region region,
        Set<@NotNull AccessibilityNeed> accessibilityNeeds,
        @Size(max = 500) String accessibilityOther,
        @NotNull Boolean contactByEmail)
        implements PersonalDetailsInput {}
