package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What became of one member for one invitation round: invited, or held back by their contact limit. */
@Entity
@Table(name = "invitation")
public class Invitation {

    public enum Outcome {
        /** NOT_WORTH_IT: their two latest "Was it worth it?" answers said no, so they are invited less. */
        INVITED,
        OVER_LIMIT,
        QUIET_PERIOD,
        NOT_WORTH_IT;

        public boolean counts() {
            return this == INVITED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    /** Null once the member has been erased. */
    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Invitation of(UUID consultationId, UUID memberId, Outcome outcome, Instant now) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.consultationId = consultationId;
        invitation.memberId = memberId;
        invitation.outcome = outcome;
        invitation.createdAt = now;
        return invitation;
    }
}
