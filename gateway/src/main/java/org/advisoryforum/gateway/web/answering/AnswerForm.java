package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.advisoryforum.gateway.client.AnswerValues;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;

/** Turns a posted page of answers into the JSON the consultation service takes; the service does the checking. */
public final class AnswerForm {

    private AnswerForm() {}

    public static ObjectNode answers(List<Question> questions, MultivaluedMap<String, String> form) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        for (Question question : questions) {
            String field = "answer-" + question.key();
            List<String> values = form.get(field);
            String first = values == null || values.isEmpty() ? null : values.get(0);
            switch (question.type()) {
                case "MULTIPLE_CHOICE" -> {
                    if (values == null || values.isEmpty()) {
                        answers.putNull(question.key());
                    } else {
                        values.forEach(answers.putArray(question.key())::add);
                    }
                }
                case "SCALE" -> {
                    if (first == null || first.isBlank()) {
                        answers.putNull(question.key());
                    } else if (first.strip().matches("-?\\d{1,6}")) {
                        answers.put(question.key(), Integer.parseInt(first.strip()));
                    } else {
                        answers.put(question.key(), first);
                    }
                }
                default -> {
                    if (first == null || first.isBlank()) {
                        answers.putNull(question.key());
                    } else {
                        answers.put(question.key(), first);
                    }
                }
            }
        }
        return answers;
    }

    /**
     * "I said this before": free-text question key to the earlier answer's id the member chose on the page
     * (field {@code link-<key>}); an empty choice means they type their answer instead.
     */
    static java.util.Map<String, String> links(List<Question> questions, MultivaluedMap<String, String> form) {
        java.util.Map<String, String> links = new java.util.HashMap<>();
        for (Question question : questions) {
            String chosen = form.getFirst("link-" + question.key());
            if ("FREE_TEXT".equals(question.type()) && chosen != null && !chosen.isBlank()) {
                links.put(question.key(), chosen.strip());
            }
        }
        return links;
    }

    public static String text(JsonNode value) {
        return AnswerValues.text(value);
    }

    public static boolean contains(JsonNode value, String option) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (v.asText().equals(option)) {
                    return true;
                }
            }
            return false;
        }
        return value.asText().equals(option);
    }
}
