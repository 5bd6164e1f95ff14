package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * "Was it worth it?": a member's answer about one entry of their involvement ledger. One per entry (its key); it
 * names no member itself, so once the entry loses its member at erasure the answer only counts.
 */
@Entity
@Table(name = "involvement_feedback")
public class InvolvementFeedback {

    public enum TimeTaken {
        UNDER_30_MINUTES,
        UP_TO_1_HOUR,
        UP_TO_2_HOURS,
        OVER_2_HOURS
    }

    public enum Answer {
        YES,
        PARTLY,
        NO
    }

    @Id
    @Column(name = "involvement_id")
    public UUID involvementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_taken", nullable = false)
    public TimeTaken timeTaken;

    @Enumerated(EnumType.STRING)
    @Column(name = "worth_it", nullable = false)
    public Answer worthIt;

    @Enumerated(EnumType.STRING)
    @Column(name = "felt_heard", nullable = false)
    public Answer feltHeard;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Version
    public long version;

    public static InvolvementFeedback of(UUID involvementId) {
        InvolvementFeedback feedback = new InvolvementFeedback();
        feedback.involvementId = involvementId;
        return feedback;
    }

    public void answer(TimeTaken time, Answer worth, Answer heard, Instant now) {
        timeTaken = time;
        worthIt = worth;
        feltHeard = heard;
        answeredAt = now;
    }

    public boolean notWorthIt() {
        return worthIt == Answer.NO;
    }
}
