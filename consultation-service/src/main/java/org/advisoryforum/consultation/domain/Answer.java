package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One answer to one question; its value is JSON (text, a number, a choice or a list of choices). */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    public UUID id;

    @Column(name = "response_id", insertable = false, updatable = false)
    public UUID responseId;

    @Column(name = "question_key", nullable = false)
    public String questionKey;

    @Column(name = "value_json")
    public String valueJson;

    /** "I said this before": the member's earlier answer in another consultation that stands for this one. */
    @Column(name = "linked_answer_id")
    public UUID linkedAnswerId;
}
