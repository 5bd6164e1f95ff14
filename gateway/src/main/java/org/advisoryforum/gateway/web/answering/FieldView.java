package org.advisoryforum.gateway.web.answering;

import org.advisoryforum.gateway.web.page.ProblemWords;

import com.fasterxml.jackson.databind.JsonNode;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * One question as the page shows it: its current answer and, after a refused save, what was wrong. When all questions
 * are on one page, a question asked only after a certain earlier answer says so (askedIf, askedIfAnswer). A free-text
 * question may offer the member's earlier answers to link instead ("I said this before"), the linked one checked.
 */
public record FieldView(String key, String type, String text, boolean required, Integer maxLength, List<Choice> choices,
                        String minLabel, String maxLabel, String value, String error, String askedIf,
                        String askedIfAnswer, List<Earlier> earlier) {

    public record Choice(String value, boolean checked) {
    }

    /** Something the member said before, in another consultation. */
    public record Earlier(String answerId, String consultationTitle, String questionText, String text, boolean checked) {
    }

    /** The question with its answer so far (null when none) and the code of the service's problem with it (null when none). */
    public static FieldView of(Question q, JsonNode value, String error) {
        List<Choice> choices = new ArrayList<>();
        if (q.options() != null) {
            q.options().forEach(o -> choices.add(new Choice(o, AnswerForm.contains(value, o))));
        }
        q.scalePoints().forEach(p -> choices.add(new Choice(p.toString(), AnswerForm.contains(value, p.toString()))));
        return new FieldView(q.key(), q.type(), q.text(), q.required(), q.maxLength(), choices,
                q.scale() == null ? null : q.scale().minLabel(), q.scale() == null ? null : q.scale().maxLabel(),
                AnswerForm.text(value), error, null, null, List.of());
    }

    public FieldView askedOnlyIf(String earlierQuestion, String answer) {
        return new FieldView(key, type, text, required, maxLength, choices, minLabel, maxLabel, value, error,
                earlierQuestion, answer, earlier);
    }

    public FieldView withEarlier(List<Earlier> said) {
        return new FieldView(key, type, text, required, maxLength, choices, minLabel, maxLabel, value, error, askedIf,
                askedIfAnswer, List.copyOf(said));
    }

    public boolean linked() {
        return earlier.stream().anyMatch(Earlier::checked);
    }

    public boolean hasError() {
        return error != null;
    }

    /** The service said the answer is missing ({@code error} is the code of its problem, see {@link ProblemWords}). */
    public boolean missing() {
        return ProblemWords.missing(error);
    }

    public String fieldId() {
        return "answer-" + key;
    }
}
