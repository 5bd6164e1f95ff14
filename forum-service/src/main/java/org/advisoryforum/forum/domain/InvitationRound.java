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
 * A consultation was published: members are invited to it, each within their contact limit. The round's
 * invitations record who was invited and who was held back.
 */
@Entity
@Table(name = "invitation_round")
public class InvitationRound {

    /** PENDING: received, members not yet invited; SENT: every serving member was invited or held back. */
    /** CLOSED_UNSENT: the consultation had closed before the forum read of its publication, so nobody was messaged. */
    public enum Status {
        PENDING,
        SENT,
        CLOSED_UNSENT
    }

    @Id
    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String audience;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
}
