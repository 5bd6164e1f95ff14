package org.advisoryforum.forum.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.advisoryforum.forum.domain.PaymentClaim;

/** A claim for payment or expenses for one activity of the member's ledger; amount in pounds, e.g. 25.50. */
public record ClaimRequest(
        @NotNull UUID activityId,
        @NotNull PaymentClaim.Type type,

        @NotNull @Positive @Digits(integer = 7, fraction = 2)
        BigDecimal amount,

        @Size(max = 500) String description) {}
