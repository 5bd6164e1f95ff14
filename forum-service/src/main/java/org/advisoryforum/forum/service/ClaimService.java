package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.forum.api.ClaimDecisionRequest;
import org.advisoryforum.forum.api.ClaimRequest;
import org.advisoryforum.forum.api.ClaimView;
import org.advisoryforum.forum.domain.Involvement;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Money;
import org.advisoryforum.forum.domain.PaymentClaim;
import org.advisoryforum.forum.repository.ClaimRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Members claim payment or expenses for their activities (one claim of each type per activity unless it was rejected);
 * staff approve, reject or mark them paid.
 */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final MemberRepository members;
    private final MemberService memberService;
    private final InvolvementService involvement;
    private final Clock clock;

    public ClaimService(
            ClaimRepository claims,
            MemberRepository members,
            MemberService memberService,
            InvolvementService involvement,
            Clock clock) {
        this.claims = claims;
        this.members = members;
        this.memberService = memberService;
        this.involvement = involvement;
        this.clock = clock;
    }

    @Transactional
    public ClaimView claim(UUID memberId, ClaimRequest request) {
        memberService.requireActive(memberId);
        long pence = Money.toPence("amount", request.amount());
        Involvement activity = involvement.ownEntry(memberId, request.activityId());
        if (claims.hasActiveClaim(activity.id, request.type())) {
            throw duplicateClaim(request.type());
        }
        PaymentClaim claim = PaymentClaim.submit(
                memberId, activity.id, request.type(), pence, request.description(), Instant.now(clock));
        try {
            claims.persistAndFlush(claim);
        } catch (ConstraintViolationException e) {
            // two claims at once: the database's partial unique index lets only one through
            if (e.getConstraintName() != null && e.getConstraintName().contains(ClaimRepository.ONE_ACTIVE_CLAIM)) {
                throw duplicateClaim(request.type());
            }
            throw e;
        }
        return ClaimView.of(claim);
    }

    /** One claim of each type per activity; only a rejected claim may be made again. */
    private static ProblemException duplicateClaim(PaymentClaim.Type type) {
        return ProblemException.rule(
                409,
                "duplicate_claim",
                "You have already claimed "
                        + (type == PaymentClaim.Type.PAYMENT ? "payment" : "expenses")
                        + " for this activity. Only a rejected claim can be made again.");
    }

    public List<ClaimView> own(UUID memberId) {
        memberService.requireActive(memberId);
        return claims.of(memberId).stream().map(ClaimView::of).toList();
    }

    public List<ClaimView> all(PaymentClaim.Status status) {
        return claims.all(status).stream().map(ClaimView::of).toList();
    }

    /** Every claim with its claimant's display name, for staff (finance needs to know whom to pay). */
    public List<NamedClaim> allNamed(PaymentClaim.Status status) {
        List<PaymentClaim> found = claims.all(status);
        Map<UUID, Member> byId =
                members
                        .withIds(found.stream()
                                .map(c -> c.memberId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(m -> m.id, Function.identity()));
        return found.stream()
                .map(c -> new NamedClaim(
                        ClaimView.of(c),
                        c.memberId != null && byId.containsKey(c.memberId)
                                ? byId.get(c.memberId).details.displayName
                                : null))
                .toList();
    }

    @Transactional
    public ClaimView decide(UUID claimId, ClaimDecisionRequest request) {
        PaymentClaim claim = claims.findByIdOptional(claimId)
                .orElseThrow(() -> ProblemException.notFound("There is no claim " + claimId + "."));
        claim.decide(request.decision(), request.reason(), Instant.now(clock));
        return ClaimView.of(claim);
    }

    public record NamedClaim(ClaimView claim, String displayName) {}
}
