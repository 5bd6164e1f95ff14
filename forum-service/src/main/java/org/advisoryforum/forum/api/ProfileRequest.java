package org.advisoryforum.forum.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.advisoryforum.forum.domain.AccessibilityNeed;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;

/** What a member edits in their own profile. Term and position are set by staff and are not part of it. */
public record ProfileRequest(
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<@NotNull Perspective> perspectives,
        @NotNull Region region,
        Set<@NotNull AccessibilityNeed> accessibilityNeeds,
        @Size(max = 500) String accessibilityOther,
        @Valid @NotNull ContactPreferences contact)
        implements PersonalDetailsInput {}
