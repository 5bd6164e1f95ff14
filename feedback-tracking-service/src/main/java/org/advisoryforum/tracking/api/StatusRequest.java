package org.advisoryforum.tracking.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisoryforum.tracking.domain.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatusRequest(
        @NotNull ActionStatus status,

        @Size(max = 2000) @Schema(description = "required for NOT_ADOPTED, PARTLY_ADOPTED and DEFERRED")
        String reason,

        @Valid
        @Schema(description = "evidence to add; IMPLEMENTED and PARTLY_ADOPTED need evidence, given now or before")
        ActionRequest.Evidence evidence) {

    public StatusRequest(ActionStatus status, String reason) {
        this(status, reason, null);
    }
}
