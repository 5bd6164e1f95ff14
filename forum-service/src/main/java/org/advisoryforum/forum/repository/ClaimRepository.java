package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.PaymentClaim;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<PaymentClaim, UUID> {

    /** The partial unique index behind "one claim of each type per activity unless rejected" (V3). */
    public static final String ONE_ACTIVE_CLAIM = "payment_claim_one_active";

    public boolean hasActiveClaim(UUID involvementId, PaymentClaim.Type type) {
        return count(
                        "involvementId = ?1 and type = ?2 and status <> ?3",
                        involvementId,
                        type,
                        PaymentClaim.Status.REJECTED)
                > 0;
    }

    public List<PaymentClaim> of(UUID memberId) {
        return list("memberId", Sort.descending("submittedAt"), memberId);
    }

    public List<PaymentClaim> all(PaymentClaim.Status status) {
        Sort order = Sort.descending("submittedAt");
        return status == null ? listAll(order) : list("status", order, status);
    }

    public boolean existsFor(UUID involvementId) {
        return count("involvementId", involvementId) > 0;
    }

    /** Keeps the amounts (a payment made stays on the books) without anything that points to the person. */
    public int forget(UUID memberId) {
        return update("memberId = null, description = null where memberId = ?1", memberId);
    }
}
