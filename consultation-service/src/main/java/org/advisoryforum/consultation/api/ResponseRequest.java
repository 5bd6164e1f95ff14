package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Attribution;

/**
 * A member's answers, keyed by question key, comments keyed by section key, the attribution choice (defaults to
 * the member's current consent), and "I said this before" links from a question key to an earlier answer's id.
 */
public record ResponseRequest(
        @Size(max = 100) Map<String, JsonNode> answers,

        @Size(max = 100)
        Map<String, @Size(max = 4000, message = "must be at most 4000 characters") String> sectionComments,

        Attribution attribution,
        @Size(max = 100) Map<String, UUID> linkedAnswers) {

    public Map<String, JsonNode> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }

    public Map<String, String> commentsOrEmpty() {
        return sectionComments == null ? Map.of() : sectionComments;
    }

    public Map<String, UUID> linksOrEmpty() {
        return linkedAnswers == null ? Map.of() : linkedAnswers;
    }
}
