package org.advisoryforum.gateway.web;

import java.util.List;

/** One question as the page shows it: its current answer and, after a refused save, what was wrong. */
public record FieldView(String key, String type, String text, boolean required, Integer maxLength, List<Choice> choices,
                        String minLabel, String maxLabel, String value, String error) {

    public record Choice(String value, boolean checked) {
    }

    public boolean hasError() {
        return error != null;
    }

    public String fieldId() {
        return "answer-" + key;
    }
}
