package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "question")
public class Question {

    public static final int DEFAULT_MAX_LENGTH = 2000;

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "question_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    @Column(nullable = false)
    public String text;

    @Column(name = "section_key")
    public String sectionKey;

    @Column(nullable = false)
    public boolean required;

    @Column(name = "max_length")
    public Integer maxLength;

    @Column(name = "scale_min")
    public Integer scaleMin;

    @Column(name = "scale_max")
    public Integer scaleMax;

    @Column(name = "scale_min_label")
    public String scaleMinLabel;

    @Column(name = "scale_max_label")
    public String scaleMaxLabel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> options;

    /** Shown only when the answer to this earlier question equals (or, for multiple choice, includes) showIfEquals. */
    @Column(name = "show_if_question")
    public String showIfQuestion;

    @Column(name = "show_if_equals")
    public String showIfEquals;

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    /** Changing these would make answers already given invalid or mean something else. */
    public boolean sameShapeAs(Question other) {
        return type == other.type
                && java.util.Objects.equals(options, other.options)
                && java.util.Objects.equals(scaleMin, other.scaleMin)
                && java.util.Objects.equals(scaleMax, other.scaleMax)
                && effectiveMaxLength() <= other.effectiveMaxLength()
                && (other.required == required || !other.required)
                && java.util.Objects.equals(showIfQuestion, other.showIfQuestion)
                && java.util.Objects.equals(showIfEquals, other.showIfEquals);
    }
}
