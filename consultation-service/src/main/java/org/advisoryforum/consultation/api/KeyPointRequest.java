package org.advisoryforum.consultation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A key point: a plain-language statement and the ids of the answers and section comments it stands for. */
public record KeyPointRequest(
        @NotBlank @Size(max = 1000) String text,
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> inputs) {}
