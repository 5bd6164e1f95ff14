package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One member's answer to "did it make a difference?" about one action they were behind, once its review date came:
 * one per member per action (changeable; also a unique constraint). Only the counts are public; the comment is staff's.
 */
@Entity
@Table(name = "difference_answer")
public class DifferenceAnswer {

    public enum Answer {
        MADE_A_DIFFERENCE,
        SOME_DIFFERENCE,
        NO_DIFFERENCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Answer answer;

    public String comment;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
