package org.advisoryforum.gateway.web;

import java.util.List;

/**
 * One question as the page shows it: its current answer and, after a refused save, what was wrong; for a free-text
 * question also the member's earlier answers they may link instead ("I said this before"), the linked one checked.
 */
public record FieldView(String key, String type, String text, boolean required, Integer maxLength, List<Choice> choices,
                        String minLabel, String maxLabel, String value, String error, List<Earlier> earlier) {

    public record Choice(String value, boolean checked) {
    }

    /** Something the member said before, in another consultation. */
    public record Earlier(String answerId, String consultationTitle, String questionText, String text, boolean checked) {
    }

    public boolean linked() {
        return earlier.stream().anyMatch(Earlier::checked);
    }

    public boolean hasError() {
        return error != null;
    }

    public String fieldId() {
        return "answer-" + key;
    }
}
