package org.advisoryforum.consultation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Answer values are stored as JSON text. */
final class AnswerValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerValues() {}

    static String write(JsonNode value) {
        try {
            return value == null || value.isNull() ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON", e);
        }
    }
}
