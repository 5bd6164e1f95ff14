package org.advisoryforum.consultation.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What makes an answer valid for its question, and which questions a respondent is asked at all. */
public final class AnswerRules {

    private AnswerRules() {}

    /**
     * Why an answer does not fit its question: a machine-readable {@code code} that pages turn into words in the
     * reader's language (with the question's own limits), and the same in English for API callers.
     */
    public record Problem(String code, String message) {}

    /** @return why the value does not fit the question, or empty when it does. A null value is "not answered". */
    public static Optional<Problem> problem(Question question, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return switch (question.type) {
            case FREE_TEXT ->
                !value.isTextual()
                        ? Optional.of(new Problem("not_text", "must be text"))
                        : value.asText().length() > question.effectiveMaxLength()
                                ? Optional.of(new Problem(
                                        "too_long", "must be at most " + question.effectiveMaxLength() + " characters"))
                                : Optional.empty();
            case SCALE ->
                !value.canConvertToInt() || !value.isIntegralNumber()
                        ? Optional.of(new Problem(
                                "not_whole_number",
                                "must be a whole number from " + question.scaleMin + " to " + question.scaleMax))
                        : value.asInt() < question.scaleMin || value.asInt() > question.scaleMax
                                ? Optional.of(new Problem(
                                        "out_of_range",
                                        "must be from " + question.scaleMin + " to " + question.scaleMax))
                                : Optional.empty();
            case SINGLE_CHOICE ->
                !value.isTextual() || !question.options.contains(value.asText())
                        ? Optional.of(new Problem("not_an_option", "must be one of the options offered"))
                        : Optional.empty();
            case MULTIPLE_CHOICE -> multipleChoiceProblem(question, value);
        };
    }

    private static Optional<Problem> multipleChoiceProblem(Question question, JsonNode value) {
        if (!value.isArray()) {
            return Optional.of(new Problem("not_a_list", "must be a list of the options offered"));
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode choice : value) {
            if (!choice.isTextual() || !question.options.contains(choice.asText()) || !seen.add(choice.asText())) {
                return Optional.of(new Problem("not_an_option", "must be a list of different options offered"));
            }
        }
        return Optional.empty();
    }

    public static boolean isAnswered(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isBlank();
        }
        return !value.isArray() || !value.isEmpty();
    }

    /** A question with a condition is asked only when the earlier answer equals (or includes) the expected value. */
    static boolean isShown(Question question, Map<String, JsonNode> answers) {
        if (question.showIfQuestion == null) {
            return true;
        }
        JsonNode earlier = answers.get(question.showIfQuestion);
        if (earlier == null || earlier.isNull()) {
            return false;
        }
        if (earlier.isArray()) {
            for (JsonNode choice : earlier) {
                if (choice.asText().equals(question.showIfEquals)) {
                    return true;
                }
            }
            return false;
        }
        return earlier.asText().equals(question.showIfEquals);
    }

    /**
     * The questions a respondent with these answers is asked, in the order given (the consultation's): one without a
     * condition always, one with a condition when the earlier answer it names calls for it. An answer to a question
     * that is itself not asked calls for nothing, so a chain of conditions is followed from its start. This is the one
     * place the "ask only if" rule is written: submit, save and the views ({@code askedQuestionKeys}) all use it, and
     * the gateway's pages follow what the views say.
     */
    public static List<Question> asked(List<Question> questions, Map<String, JsonNode> answers) {
        Map<String, JsonNode> ofAsked = new HashMap<>();
        List<Question> asked = new ArrayList<>();
        for (Question question : questions) {
            if (isShown(question, ofAsked)) {
                asked.add(question);
                if (answers.containsKey(question.key)) {
                    ofAsked.put(question.key, answers.get(question.key));
                }
            }
        }
        return asked;
    }

    /** The keys of {@link #asked}. */
    public static List<String> askedKeys(List<Question> questions, Map<String, JsonNode> answers) {
        return asked(questions, answers).stream().map(q -> q.key).toList();
    }

    /** Keys of required questions that are asked but not answered. */
    public static List<String> missingRequired(List<Question> questions, Map<String, JsonNode> answers) {
        List<String> missing = new ArrayList<>();
        for (Question question : asked(questions, answers)) {
            if (question.required && !isAnswered(answers.get(question.key))) {
                missing.add(question.key);
            }
        }
        return missing;
    }
}
