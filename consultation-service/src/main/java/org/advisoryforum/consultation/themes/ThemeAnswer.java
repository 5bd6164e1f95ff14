package org.advisoryforum.consultation.themes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** An answer in a suggestion, by id: its rank by nearness to the centre, and whether it is shown as near the centre. */
@Embeddable
public class ThemeAnswer {

    @Column(name = "answer_id", nullable = false)
    public UUID answerId;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public boolean central;

    public ThemeAnswer() {}

    public ThemeAnswer(UUID answerId, int rank, boolean central) {
        this.answerId = answerId;
        this.rank = rank;
        this.central = central;
    }
}
