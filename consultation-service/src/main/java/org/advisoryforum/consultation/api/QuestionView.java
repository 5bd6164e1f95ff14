package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.QuestionType;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(
        String key,
        QuestionType type,
        String text,
        String section,
        boolean required,
        Integer maxLength,
        List<String> options,
        QuestionRequest.Scale scale,
        QuestionRequest.ShowIf showIf) {

    public static QuestionView of(Question q) {
        return new QuestionView(
                q.key,
                q.type,
                q.text,
                q.sectionKey,
                q.required,
                q.type == QuestionType.FREE_TEXT ? q.effectiveMaxLength() : null,
                q.options,
                q.type == QuestionType.SCALE
                        ? new QuestionRequest.Scale(q.scaleMin, q.scaleMax, q.scaleMinLabel, q.scaleMaxLabel)
                        : null,
                q.showIfQuestion == null ? null : new QuestionRequest.ShowIf(q.showIfQuestion, q.showIfEquals));
    }
}
