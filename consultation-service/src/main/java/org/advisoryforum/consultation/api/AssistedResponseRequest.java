package org.advisoryforum.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Provenance;

/** Staff record a response on a member's behalf (phone, paper, easy read, via a supporter); it is marked so. */
public record AssistedResponseRequest(
        @NotNull UUID memberId,
        @NotNull Provenance provenance,
        @NotNull @Valid ResponseRequest response) {}
