package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer's value as the services send it (text, a number, or a list of chosen options), read as one line. */
public final class AnswerValues {

    private AnswerValues() {}

    /** Empty for no answer; the options of a multiple choice joined with commas. */
    public static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(v -> joined.append(joined.isEmpty() ? "" : ", ").append(v.asText()));
            return joined.toString();
        }
        return value.asText();
    }
}
