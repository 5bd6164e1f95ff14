package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A consultation was published: members should be invited to it, each within their contact limit. */
@Entity
@Table(name = "invitation_round")
public class InvitationRound {

    public enum Status { PENDING, SENT }

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
