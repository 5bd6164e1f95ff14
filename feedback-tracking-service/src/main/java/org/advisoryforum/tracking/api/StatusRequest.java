package org.advisoryforum.tracking.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisoryforum.tracking.domain.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatusRequest(
        @NotNull ActionStatus status,
        @Size(max = 2000) @Schema(description = "required for NOT_ADOPTED, PARTLY_ADOPTED and DEFERRED") String reason) {
}
