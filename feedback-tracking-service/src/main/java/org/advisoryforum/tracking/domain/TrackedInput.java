package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An answer (kind ANSWER) or a section comment (kind COMMENT) of a response. */
@Entity
@Table(name = "tracked_input")
public class TrackedInput {

    @Id
    public UUID id;

    @Column(name = "response_id", nullable = false)
    public UUID responseId;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "question_key")
    public String questionKey;

    @Column(name = "section_key")
    public String sectionKey;

    /** the words, only for free text and comments whose author allowed quoting */
    @Column(name = "quote_text")
    public String quoteText;
}
