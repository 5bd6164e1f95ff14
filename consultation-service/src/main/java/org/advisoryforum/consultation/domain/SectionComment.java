package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "section_comment")
public class SectionComment {

    @Id
    public UUID id;

    @Column(name = "response_id", insertable = false, updatable = false)
    public UUID responseId;

    @Column(name = "section_key", nullable = false)
    public String sectionKey;

    /** Null once removed at erasure when its author had not agreed to be quoted. */
    public String text;
}
