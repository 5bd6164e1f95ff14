package org.advisoryforum.consultation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SectionRequest(
        @NotBlank
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be lower-case letters, digits and hyphens")
        String key,

        @NotBlank @Size(max = 200) String heading,
        @NotBlank @Size(max = 10000) String text) {}
