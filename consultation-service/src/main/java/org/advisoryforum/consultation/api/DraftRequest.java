package org.advisoryforum.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The sections of a draft: the first version while the consultation is a draft, or a revision after it closed. */
public record DraftRequest(
        @NotEmpty @Size(max = 100) List<@NotNull @Valid SectionRequest> sections,
        @Size(max = 1000) String note) {}
