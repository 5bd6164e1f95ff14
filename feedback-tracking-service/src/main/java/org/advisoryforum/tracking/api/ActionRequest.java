package org.advisoryforum.tracking.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new action answering one or more key points of one consultation. */
public record ActionRequest(
        @NotNull UUID consultationId,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> keyPointIds,

        @NotBlank @Size(max = 2000) @Schema(description = "what we did / will do / did not do, in plain language")
        String description,

        @Schema(description = "defaults to PROPOSED") ActionStatus status,

        @Size(max = 2000) @Schema(description = "required for NOT_ADOPTED, PARTLY_ADOPTED and DEFERRED")
        String reason,

        @NotBlank @Size(max = 200) @Schema(description = "the accountable team or role (not a person's name)")
        String owner,

        @Schema(description = "ISO date, e.g. 2026-03-31") LocalDate dueDate,

        @Schema(description = "ISO date to check whether the change made a difference")
        LocalDate reviewDate,

        @Valid Evidence evidence) {

    /**
     * sectionKey: a section changed by a draft revision (toVersion: which one, default the latest that changed it);
     * documentUrl: a published document; description: a concrete description of what changed (five words or more,
     * in the past or present tense, not a promise).
     */
    public record Evidence(
            @Size(max = 100) String sectionKey,
            @Positive Integer toVersion,

            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String documentUrl,

            @Size(max = 2000) String description) {

        public Evidence(String sectionKey, Integer toVersion, String documentUrl) {
            this(sectionKey, toVersion, documentUrl, null);
        }
    }
}
