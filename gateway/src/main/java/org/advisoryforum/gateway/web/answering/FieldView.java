package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.web.page.ProblemWords;

/**
 * One question as the page shows it: its current answer and, after a refused save, what was wrong. When all questions
 * are on one page, a question asked only after a certain earlier answer says so (askedIf, askedIfAnswer). A free-text
 * question may offer the member's earlier answers to link instead ("I said this before"), the linked one checked.
 */
public record FieldView(
        String key,
        String type,
        String text,
        boolean required,
        Integer maxLength,
        List<Choice> choices,
        String minLabel,
        String maxLabel,
        String value,
        String error,
        String askedIf,
        String askedIfAnswer,
        List<Earlier> earlier) {

    public record Choice(String value, boolean checked) {}

    /** Something the member said before, in another consultation. */
    public record Earlier(
            String answerId, String consultationTitle, String questionText, String text, boolean checked) {}

    /** The question with its answer so far (null when none) and the code of the service's problem with it (null when none). */
    public static FieldView of(Question q, JsonNode value, String error) {
        List<Choice> choices = new ArrayList<>();
        if (q.options() != null) {
            q.options().forEach(o -> choices.add(new Choice(o, AnswerForm.contains(value, o))));
        }
        q.scalePoints().forEach(p -> choices.add(new Choice(p.toString(), AnswerForm.contains(value, p.toString()))));
        return new FieldView(
                q.key(),
                q.type(),
                q.text(),
                q.required(),
                q.maxLength(),
                choices,
                q.scale() == null ? null : q.scale().minLabel(),
                q.scale() == null ? null : q.scale().maxLabel(),
                AnswerForm.text(value),
                error,
                null,
                null,
                List.of());
    }

    public FieldView askedOnlyIf(String earlierQuestion, String answer) {
        return with(earlierQuestion, answer, earlier);
    }

    public FieldView withEarlier(List<Earlier> said) {
        return with(askedIf, askedIfAnswer, List.copyOf(said));
    }

    private FieldView with(String askedIf, String askedIfAnswer, List<Earlier> earlier) {
        return new FieldView(
                key,
                type,
                text,
                required,
                maxLength,
                choices,
                minLabel,
                maxLabel,
                value,
                error,
                askedIf,
                askedIfAnswer,
                earlier);
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

    /**
     * Which words say what is wrong and how to put it right (answerError.html), from the service's code and the
     * question's type, so that a page never shows a service's English text: null when nothing is wrong.
     */
    public String errorKind() {
        if (error == null) {
            return null;
        }
        if (missing()) {
            return switch (type) {
                case "FREE_TEXT" -> "missing_text";
                case "MULTIPLE_CHOICE" -> "missing_choices";
                case "SCALE" -> "scale";
                default -> "missing_choice";
            };
        }
        return switch (error) {
            case "too_long", "size" -> "too_long";
            case "out_of_range", "not_whole_number" -> "scale";
            case "not_an_option", "not_a_list" -> "option";
            default -> "other";
        };
    }

    /** The lowest and highest point of a scale question, for "Select a number from 1 to 5". */
    public String scaleLowest() {
        return choices.isEmpty() ? "" : choices.get(0).value();
    }

    public String scaleHighest() {
        return choices.isEmpty() ? "" : choices.get(choices.size() - 1).value();
    }

    /** The question's character limit and the length of what was typed, as people write numbers ("2,000"). */
    public String limit() {
        return String.format(java.util.Locale.UK, "%,d", maxLength == null ? 2000 : maxLength);
    }

    public String typedLength() {
        return String.format(java.util.Locale.UK, "%,d", value == null ? 0 : value.length());
    }
}
