package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.forum.api.ActivityRequest;
import org.advisoryforum.forum.api.FeedbackViews;
import org.advisoryforum.forum.api.InvolvementView;
import org.advisoryforum.forum.domain.Involvement;
import org.advisoryforum.forum.messaging.ResponseEvents;
import org.advisoryforum.forum.repository.ClaimRepository;
import org.advisoryforum.forum.repository.InvolvementFeedbackRepository;
import org.advisoryforum.forum.repository.InvolvementRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/** Each member's involvement ledger: consultation responses (from events) and activities staff record. */
@ApplicationScoped
public class InvolvementService {

    private static final Logger LOG = Logger.getLogger(InvolvementService.class);

    private final InvolvementRepository ledger;
    private final MemberRepository members;
    private final MemberService memberService;
    private final ClaimRepository claims;
    private final Clock clock;
    private final InvolvementFeedbackRepository feedback;

    public InvolvementService(
            InvolvementRepository ledger,
            MemberRepository members,
            MemberService memberService,
            ClaimRepository claims,
            Clock clock,
            InvolvementFeedbackRepository feedback) {
        this.feedback = feedback;
        this.ledger = ledger;
        this.members = members;
        this.memberService = memberService;
        this.claims = claims;
        this.clock = clock;
    }

    /** The member's own ledger, each entry with their "Was it worth it?" answer if they gave one. */
    public List<InvolvementView> ledgerOf(UUID memberId) {
        memberService.requireActive(memberId);
        List<Involvement> entries = ledger.of(memberId);
        Map<UUID, FeedbackViews.Answer> answers = feedback
                .forEntries(entries.stream().map(e -> e.id).toList())
                .stream()
                .collect(Collectors.toMap(f -> f.involvementId, FeedbackViews.Answer::of));
        return entries.stream()
                .map(e -> InvolvementView.of(e, answers.get(e.id)))
                .toList();
    }

    public List<InvolvementView> ledgerOfAnyMember(UUID memberId) {
        return ledger.of(memberId).stream().map(InvolvementView::of).toList();
    }

    @Transactional
    public InvolvementView record(UUID memberId, ActivityRequest request) {
        if (request.kind() == Involvement.Kind.CONSULTATION_RESPONSE) {
            throw ProblemException.invalidField(
                    "kind", "must be MEETING or OTHER: responses are recorded from the consultation");
        }
        if (members.findByIdOptional(memberId).isEmpty()) {
            throw ProblemException.notFound("There is no member " + memberId + ".");
        }
        Involvement entry = Involvement.activity(
                memberId,
                request.kind(),
                request.description(),
                request.durationMinutes(),
                request.occurredAt(),
                Instant.now(clock));
        ledger.persist(entry);
        return InvolvementView.of(entry);
    }

    /** Responses of people the forum does not know as members (e.g. the public) are not in any ledger. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void responseSubmitted(ResponseEvents.Submitted event) {
        if (event.memberId() == null
                || members.findByIdOptional(event.memberId()).isEmpty()
                || ledger.byResponse(event.responseId()).isPresent()) {
            return;
        }
        ledger.persist(Involvement.response(
                event.memberId(), event.consultationId(), event.responseId(), event.submittedAt(), Instant.now(clock)));
    }

    /** A withdrawn response leaves the ledger, unless the member has already claimed for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void responseWithdrawn(ResponseEvents.Withdrawn event) {
        ledger.byResponse(event.responseId()).ifPresent(entry -> {
            if (claims.existsFor(entry.id)) {
                LOG.infof("kept ledger entry %s of a withdrawn response: a claim refers to it", entry.id);
            } else {
                ledger.delete(entry);
            }
        });
    }

    public Involvement ownEntry(UUID memberId, UUID entryId) {
        return ledger.findByIdOptional(entryId)
                .filter(e -> memberId.equals(e.memberId))
                .orElseThrow(() -> ProblemException.invalidField("activityId", "is not an activity in your ledger"));
    }
}
