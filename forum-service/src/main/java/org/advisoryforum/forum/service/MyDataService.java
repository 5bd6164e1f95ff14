package org.advisoryforum.forum.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.api.ApplicationView;
import org.advisoryforum.forum.api.ConsentView;
import org.advisoryforum.forum.api.MyDataView;
import org.advisoryforum.forum.repository.ApplicationRepository;
import org.advisoryforum.forum.repository.MemberRepository;

/**
 * "Download my data", forum-service's part: the member's profile and personal details, consent with its history,
 * applications, involvement ledger, claims, inbox, consultation invitations and meeting invitations with their
 * registrations. A person holding the member role without a profile
 * yet gets their applications and empty lists.
 */
@ApplicationScoped
public class MyDataService {

    private final MemberRepository members;
    private final ApplicationRepository applications;
    private final MemberService memberService;
    private final ConsentService consents;
    private final InvolvementService involvement;
    private final ClaimService claims;
    private final NotificationService notifications;
    private final InvitationService invitations;
    private final MeetingService meetings;
    private final Clock clock;

    public MyDataService(
            MemberRepository members,
            ApplicationRepository applications,
            MemberService memberService,
            ConsentService consents,
            InvolvementService involvement,
            ClaimService claims,
            NotificationService notifications,
            InvitationService invitations,
            MeetingService meetings,
            Clock clock) {
        this.members = members;
        this.applications = applications;
        this.memberService = memberService;
        this.consents = consents;
        this.involvement = involvement;
        this.claims = claims;
        this.notifications = notifications;
        this.invitations = invitations;
        this.meetings = meetings;
        this.clock = clock;
    }

    public MyDataView of(UUID memberId) {
        Instant now = Instant.now(clock);
        List<ApplicationView> own = applications.list("applicantId", Sort.descending("submittedAt"), memberId).stream()
                .map(ApplicationView::of)
                .toList();
        if (members.findByIdOptional(memberId).filter(m -> m.isActive()).isEmpty()) {
            return new MyDataView(
                    now, null, null, List.of(), own, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        ConsentView.History consent = consents.history(memberId);
        return new MyDataView(
                now,
                memberService.profile(memberId),
                consent.current(),
                consent.history(),
                own,
                involvement.ledgerOf(memberId),
                claims.own(memberId),
                notifications.inbox(memberId),
                invitations.mine(memberId),
                meetings.mine(memberId));
    }
}
