package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.advisoryforum.forum.config.ForumZone;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.repository.InvitationRepository;
import org.advisoryforum.forum.repository.MeetingInvitationRepository;

/**
 * A member's contact limit: at most {@code maxInvitationsPerMonth} invitations in any 30 days, consultations and
 * meetings together, and none during a quiet period; someone whose two latest "Was it worth it?" answers said no is
 * invited less (at most one in 30 days) unless they chose "keep inviting me as usual".
 */
@ApplicationScoped
public class ContactLimit {

    static final Duration WINDOW = Duration.ofDays(30);

    private final InvitationRepository consultationInvitations;
    private final MeetingInvitationRepository meetingInvitations;
    private final InvolvementFeedbackService feedback;

    public ContactLimit(
            InvitationRepository consultationInvitations,
            MeetingInvitationRepository meetingInvitations,
            InvolvementFeedbackService feedback) {
        this.feedback = feedback;
        this.consultationInvitations = consultationInvitations;
        this.meetingInvitations = meetingInvitations;
    }

    /** What inviting this member now would do: invite them, or hold them back. */
    public Invitation.Outcome outcomeFor(Member member, Instant now) {
        Instant since = now.minus(WINDOW);
        long invited = consultationInvitations.invitedSince(member.id, since)
                + meetingInvitations.invitedSince(member.id, since);
        boolean notWorthIt = !member.keepInvitingAsUsual && feedback.saidNotWorthItTwice(member.id);
        return member.invitationOutcome(invited, LocalDate.ofInstant(now, ForumZone.ZONE), notWorthIt);
    }
}
