package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.advisoryforum.forum.config.ForumZone;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.RoleChange;
import org.advisoryforum.forum.messaging.MemberEvents;
import org.advisoryforum.forum.repository.ApplicationRepository;
import org.advisoryforum.forum.repository.ClaimRepository;
import org.advisoryforum.forum.repository.InvitationRepository;
import org.advisoryforum.forum.repository.InvolvementRepository;
import org.advisoryforum.forum.repository.MeetingInvitationRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.erasure.EventTraces;
import org.advisoryforum.platform.problem.ProblemException;

/** A member leaves (history kept) or asks for erasure (personal data removed everywhere). */
@ApplicationScoped
public class LeavingService {

    private final MemberService memberService;
    private final MemberRepository members;
    private final ApplicationRepository applications;
    private final InvitationRepository invitations;
    private final InvolvementRepository involvement;
    private final ClaimRepository claims;
    private final MeetingInvitationRepository meetingInvitations;
    private final EventTraces traces;
    private final MemberRoleSync roles;
    private final MemberEvents events;
    private final Clock clock;

    public LeavingService(
            MemberService memberService,
            MemberRepository members,
            ApplicationRepository applications,
            InvitationRepository invitations,
            InvolvementRepository involvement,
            ClaimRepository claims,
            MeetingInvitationRepository meetingInvitations,
            EventTraces traces,
            MemberRoleSync roles,
            MemberEvents events,
            Clock clock) {
        this.memberService = memberService;
        this.members = members;
        this.applications = applications;
        this.invitations = invitations;
        this.involvement = involvement;
        this.claims = claims;
        this.meetingInvitations = meetingInvitations;
        this.traces = traces;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    /** The member role goes (after the commit, see {@link MemberRoleSync}); their profile, consent history and ledger stay. */
    @Transactional
    public void leave(UUID memberId) {
        Member member = memberService.requireActive(memberId);
        Instant now = Instant.now(clock);
        member.leave(now, LocalDate.ofInstant(now, ForumZone.ZONE));
        events.left(member, now);
        roles.want(memberId, RoleChange.Wanted.REVOKE);
        members.flush();
    }

    /**
     * Removes the profile, consent history, inbox, applications, and every outbox row and dead letter that mentions
     * the member; invitations, ledger entries and claims lose the link to the person (and a claim its description)
     * but keep the counts and amounts. Events about the member not yet sent are dropped too: erased supersedes them,
     * and other services handle erased for a member they never heard of. The erased event itself is deleted from
     * the outbox once sent. The {@code member} role is taken from the Keycloak account after the commit
     * ({@link MemberRoleSync}, retried until Keycloak has it). The account itself (sign-in name, e-mail) is Keycloak's: forum-service's service account
     * may not delete users (least privilege), so the person closes it in Keycloak's account console (Delete account).
     */
    @Transactional
    public void erase(UUID memberId) {
        boolean wasMember = members.findByIdOptional(memberId).isPresent();
        long applicationsRemoved = applications.deleteAllOf(memberId);
        if (!wasMember && applicationsRemoved == 0) {
            throw ProblemException.notFound("The forum holds nothing about this person.");
        }
        invitations.forget(memberId);
        involvement.forget(memberId);
        claims.forget(memberId);
        meetingInvitations.forget(memberId);
        members.deleteById(memberId); // consent records and notifications go with it (on delete cascade)
        traces.forget(memberId.toString());
        events.erased(memberId, Instant.now(clock));
        roles.want(memberId, RoleChange.Wanted.REVOKE);
        members.flush();
    }
}
