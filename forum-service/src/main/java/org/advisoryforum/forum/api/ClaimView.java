package org.advisoryforum.forum.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.forum.domain.Money;
import org.advisoryforum.forum.domain.PaymentClaim;

/** A payment claim; amount in pounds with two decimal places. */
public record ClaimView(
        UUID id,
        UUID memberId,
        UUID activityId,
        PaymentClaim.Type type,
        BigDecimal amount,
        String description,
        PaymentClaim.Status status,
        String decisionReason,
        Instant submittedAt,
        Instant decidedAt,
        Instant paidAt) {

    public static ClaimView of(PaymentClaim c) {
        return new ClaimView(
                c.id,
                c.memberId,
                c.involvementId,
                c.type,
                Money.toPounds(c.amountPence),
                c.description,
                c.status,
                c.decisionReason,
                c.submittedAt,
                c.decidedAt,
                c.paidAt);
    }
}
