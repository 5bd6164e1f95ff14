package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisoryforum.forum.domain.PaymentClaim;

/** Staff approve a claim, reject it with a reason the member reads, or mark an approved claim paid. */
public record ClaimDecisionRequest(
        @NotNull PaymentClaim.Decision decision,
        @Size(max = 1000) String reason) {}
