package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff approve an application, or decline it with a reason the applicant will read. */
public record ApplicationDecisionRequest(
        @NotNull Decision decision, @Size(max = 1000) String reason) {

    public enum Decision {
        APPROVE,
        DECLINE
    }
}
