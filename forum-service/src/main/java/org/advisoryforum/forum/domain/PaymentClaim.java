package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;

/** A member's claim for payment or expenses for one activity in their ledger. Money is whole pence. */
@Entity
@Table(name = "payment_claim")
public class PaymentClaim {

    public enum Type {
        PAYMENT,
        EXPENSES
    }

    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED,
        PAID
    }

    public enum Decision {
        APPROVE,
        REJECT,
        MARK_PAID
    }

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "involvement_id", nullable = false)
    public UUID involvementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Column(name = "amount_pence", nullable = false)
    public long amountPence;

    @Column
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Version
    public long version;

    public static PaymentClaim submit(
            UUID memberId, UUID involvementId, Type type, long amountPence, String description, Instant now) {
        PaymentClaim claim = new PaymentClaim();
        claim.id = UUID.randomUUID();
        claim.memberId = memberId;
        claim.involvementId = involvementId;
        claim.type = type;
        claim.amountPence = amountPence;
        claim.description = description == null || description.isBlank() ? null : description.strip();
        claim.status = Status.SUBMITTED;
        claim.submittedAt = now;
        return claim;
    }

    public void decide(Decision decision, String reason, Instant now) {
        switch (decision) {
            case APPROVE -> move(Status.SUBMITTED, Status.APPROVED, now);
            case REJECT -> {
                if (reason == null || reason.isBlank()) {
                    throw ProblemException.invalidField("reason", "is required when rejecting a claim");
                }
                move(Status.SUBMITTED, Status.REJECTED, now);
                decisionReason = reason.strip();
            }
            case MARK_PAID -> {
                move(Status.APPROVED, Status.PAID, now);
                paidAt = now;
            }
        }
    }

    private void move(Status from, Status to, Instant now) {
        if (status != from) {
            throw ProblemException.conflict("A claim that is " + status + " cannot become " + to + ".");
        }
        status = to;
        if (to != Status.PAID) {
            decidedAt = now;
        }
    }
}
