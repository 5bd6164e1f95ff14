package org.advisoryforum.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.advisoryforum.consultation.domain.QuestionType;

public record QuestionRequest(
        @NotBlank
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be lower-case letters, digits and hyphens")
        String key,

        @NotNull QuestionType type,
        @NotBlank @Size(max = 1000) String text,
        @Size(max = 60) String section,
        boolean required,
        @Min(1) @Max(10000) Integer maxLength,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> options,
        @Valid Scale scale,
        @Valid ShowIf showIf) {

    public record Scale(
            @NotNull @Min(0) @Max(10) Integer min,
            @NotNull @Min(1) @Max(10) Integer max,
            @Size(max = 100) String minLabel,
            @Size(max = 100) String maxLabel) {}

    /** Ask this question only when the answer to an earlier question equals (or includes) a value. */
    public record ShowIf(
            @NotBlank String question,
            @NotBlank @Size(max = 500) String equals) {}
}
