package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.forum.api.InvitationRoundView;
import org.advisoryforum.forum.api.MyInvitationView;
import org.advisoryforum.forum.config.ForumZone;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.InvitationRound;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.ConsultationPublished;
import org.advisoryforum.forum.repository.InvitationRepository;
import org.advisoryforum.forum.repository.InvitationRoundRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.problem.ProblemException;

/** Invites serving members to each published consultation, within each member's contact limit. */
@ApplicationScoped
public class InvitationService {

    private final InvitationRoundRepository rounds;
    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final NotificationService notifications;
    private final MemberService memberService;
    private final ContactLimit contactLimit;
    private final Clock clock;

    public InvitationService(
            InvitationRoundRepository rounds,
            InvitationRepository invitations,
            MemberRepository members,
            NotificationService notifications,
            MemberService memberService,
            ContactLimit contactLimit,
            Clock clock) {
        this.contactLimit = contactLimit;
        this.rounds = rounds;
        this.invitations = invitations;
        this.members = members;
        this.notifications = notifications;
        this.memberService = memberService;
        this.clock = clock;
    }

    /**
     * A consultation already seen (another event for the same publication) invites nobody again, nor does one that
     * had closed by the time its publication is read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationPublished(ConsultationPublished event) {
        if (rounds.findByIdOptional(event.consultationId()).isPresent()) {
            return;
        }
        InvitationRound round = new InvitationRound();
        round.consultationId = event.consultationId();
        round.title = event.title();
        round.audience = event.audience();
        round.closesAt = event.closesAt();
        round.receivedAt = Instant.now(clock);
        round.status = InvitationRound.Status.PENDING;
        rounds.persist(round);
        rounds.flush();
        if (round.closesAt != null && !round.closesAt.isAfter(round.receivedAt)) {
            // read after its closing time (the forum was down): an invitation to answer would mislead
            round.status = InvitationRound.Status.CLOSED_UNSENT;
            return;
        }
        invite(round);
    }

    private void invite(InvitationRound round) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ForumZone.ZONE);
        for (Member member : members.active()) {
            if (!member.isServing(today)) {
                continue;
            }
            Invitation.Outcome outcome = contactLimit.outcomeFor(member, now);
            invitations.persist(Invitation.of(round.consultationId, member.id, outcome, now));
            if (outcome == Invitation.Outcome.INVITED) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("consultationTitle", round.title);
                params.put("closesAt", round.closesAt == null ? null : round.closesAt.toString());
                notifications.notify(
                        member.id,
                        Notification.Kind.INVITATION,
                        NotificationWords.INVITATION,
                        params,
                        round.consultationId);
            }
        }
        round.status = InvitationRound.Status.SENT;
    }

    public List<InvitationRoundView> rounds() {
        return rounds.newestFirst().stream().map(this::summary).toList();
    }

    /** The round with each member held back by their limit or quiet period, so staff can decide what to do. */
    public InvitationRoundView.Detail round(UUID consultationId) {
        InvitationRound round = rounds.findByIdOptional(consultationId)
                .orElseThrow(
                        () -> ProblemException.notFound("There is no invitation round for " + consultationId + "."));
        List<Invitation> heldBack = invitations.ofRound(consultationId).stream()
                .filter(i -> !i.outcome.counts() && i.memberId != null)
                .toList();
        Map<UUID, Member> byId = members
                .withIds(heldBack.stream().map(i -> i.memberId).toList())
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<InvitationRoundView.HeldBack> held = heldBack.stream()
                .filter(i -> byId.containsKey(i.memberId))
                .map(i -> new InvitationRoundView.HeldBack(
                        i.memberId, byId.get(i.memberId).details.displayName, i.outcome))
                .toList();
        return new InvitationRoundView.Detail(summary(round), held);
    }

    /** The member's own invitation state for every consultation published while they served, newest first. */
    public List<MyInvitationView> mine(UUID memberId) {
        Member member = memberService.requireActive(memberId);
        List<Invitation> own = invitations.ofMember(memberId);
        Map<UUID, InvitationRound> byConsultation =
                rounds.withIds(own.stream().map(i -> i.consultationId).toList()).stream()
                        .collect(Collectors.toMap(r -> r.consultationId, Function.identity()));
        return own.stream()
                .filter(i -> byConsultation.containsKey(i.consultationId))
                .map(i -> {
                    InvitationRound round = byConsultation.get(i.consultationId);
                    return new MyInvitationView(
                            i.consultationId,
                            round.title,
                            round.closesAt,
                            i.outcome,
                            i.createdAt,
                            i.outcome == Invitation.Outcome.QUIET_PERIOD ? member.quietUntil : null);
                })
                .toList();
    }

    private InvitationRoundView summary(InvitationRound r) {
        return InvitationRoundView.of(
                r,
                invitations.countInRound(r.consultationId, Invitation.Outcome.INVITED),
                invitations.countInRound(r.consultationId, Invitation.Outcome.OVER_LIMIT)
                        + invitations.countInRound(r.consultationId, Invitation.Outcome.QUIET_PERIOD)
                        + invitations.countInRound(r.consultationId, Invitation.Outcome.NOT_WORTH_IT));
    }
}
