package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One member asked to one meeting: invited (messaged; it counts towards their contact limit like a consultation
 * invitation) or held back by that limit; their reply, their access needs, and whether they attended.
 */
@Entity
@Table(name = "meeting_invitation")
public class MeetingInvitation {

    public enum Reply {
        REGISTERED,
        DECLINED
    }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** Null once the member has been erased. */
    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Invitation.Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column
    public Reply reply;

    /** What the member needs to take part, for staff to arrange; only with a registration. */
    @Column(name = "access_needs")
    public String accessNeeds;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Column(name = "attended_at")
    public Instant attendedAt;

    /** The ledger entry the attendance wrote. */
    @Column(name = "involvement_id")
    public UUID involvementId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static MeetingInvitation of(UUID meetingId, UUID memberId, Invitation.Outcome outcome, Instant now) {
        MeetingInvitation invitation = new MeetingInvitation();
        invitation.id = UUID.randomUUID();
        invitation.meetingId = meetingId;
        invitation.memberId = memberId;
        invitation.outcome = outcome;
        invitation.createdAt = now;
        return invitation;
    }

    public void register(String needs, Instant now) {
        reply = Reply.REGISTERED;
        accessNeeds = needs == null || needs.isBlank() ? null : needs.strip();
        repliedAt = now;
    }

    public void decline(Instant now) {
        reply = Reply.DECLINED;
        accessNeeds = null;
        repliedAt = now;
    }

    public boolean attended() {
        return attendedAt != null;
    }
}
