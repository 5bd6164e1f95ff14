package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;

/** A forum member. The id is their Keycloak user id, the pseudonymous id every service knows them by. */
@Entity
@Table(name = "member")
public class Member {

    public enum Status {
        ACTIVE,
        LEFT
    }

    @Id
    public UUID id;

    @Embedded
    public PersonalDetails details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DigestFrequency digest;

    /** At most this many invitations in any 30 days; null means no limit. */
    @Column(name = "max_invitations_per_month")
    public Integer maxInvitationsPerMonth;

    /** No invitations before this day (Europe/London). */
    @Column(name = "quiet_until")
    public LocalDate quietUntil;

    /** Invited as usual even after saying twice that taking part was not worth their time. */
    @Column(name = "keep_inviting_as_usual", nullable = false)
    public boolean keepInvitingAsUsual;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "ceased_on")
    public LocalDate ceasedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Position position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "last_digest_at")
    public Instant lastDigestAt;

    @Version
    public long version;

    public static Member join(UUID id, PersonalDetails details, Instant now) {
        Member member = new Member();
        member.id = id;
        member.details = details;
        member.digest = DigestFrequency.WEEKLY;
        member.position = Position.MEMBER;
        member.status = Status.ACTIVE;
        member.joinedAt = now;
        return member;
    }

    /** A member who left comes back through a new, approved application. */
    public void rejoin(PersonalDetails newDetails, Instant now) {
        details = newDetails;
        status = Status.ACTIVE;
        joinedAt = now;
        leftAt = null;
        ceasedOn = null;
    }

    public void leave(Instant now, LocalDate today) {
        if (status != Status.ACTIVE) {
            throw ProblemException.conflict("You have already left the forum.");
        }
        status = Status.LEFT;
        leftAt = now;
        ceasedOn = today;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** Active, and not past the end of their term or ceased. */
    public boolean isServing(LocalDate today) {
        return isActive()
                && (termEnd == null || !termEnd.isBefore(today))
                && (ceasedOn == null || ceasedOn.isAfter(today));
    }

    /** At most this many invitations in any 30 days for someone who said twice it was not worth their time. */
    public static final int NOT_WORTH_IT_LIMIT = 1;

    /** What an invitation round does for this member, given how many invitations they had in the last 30 days. */
    public Invitation.Outcome invitationOutcome(long invitedInLast30Days, LocalDate today) {
        return invitationOutcome(invitedInLast30Days, today, false);
    }

    /**
     * As above; {@code saidNotWorthItTwice}: their two latest "Was it worth it?" answers said no, and then they are
     * invited less (at most {@link #NOT_WORTH_IT_LIMIT} in 30 days) unless they chose to be invited as usual.
     */
    public Invitation.Outcome invitationOutcome(
            long invitedInLast30Days, LocalDate today, boolean saidNotWorthItTwice) {
        if (quietUntil != null && today.isBefore(quietUntil)) {
            return Invitation.Outcome.QUIET_PERIOD;
        }
        if (maxInvitationsPerMonth != null && invitedInLast30Days >= maxInvitationsPerMonth) {
            return Invitation.Outcome.OVER_LIMIT;
        }
        if (saidNotWorthItTwice && !keepInvitingAsUsual && invitedInLast30Days >= NOT_WORTH_IT_LIMIT) {
            return Invitation.Outcome.NOT_WORTH_IT;
        }
        return Invitation.Outcome.INVITED;
    }

    public void setTerm(LocalDate start, LocalDate end, LocalDate ceased, Position newPosition) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalidField("termEnd", "must not be before termStart");
        }
        termStart = start;
        termEnd = end;
        ceasedOn = ceased;
        position = newPosition;
    }
}
