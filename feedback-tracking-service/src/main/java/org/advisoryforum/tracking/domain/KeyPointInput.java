package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One answer or comment a key point links to, with the pseudonymous member behind it. */
@Entity
@Table(name = "key_point_input")
public class KeyPointInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "key_point_id", nullable = false)
    public UUID keyPointId;

    @Column(name = "input_id", nullable = false)
    public UUID inputId;

    @Column(name = "response_id")
    public UUID responseId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "question_key")
    public String questionKey;

    @Column(name = "section_key")
    public String sectionKey;
}
