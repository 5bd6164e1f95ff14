package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in member's own response to one consultation ({@code /responses/me}), draft or submitted;
 * {@code askedQuestionKeys}: the questions its answers so far ask, as consultation-service judges "ask only if".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyResponse(
        UUID id,
        ResponseStatus status,
        String attribution,
        List<Answer> answers,
        List<SectionComment> sectionComments,
        List<String> askedQuestionKeys) {

    public MyResponse(
            UUID id,
            ResponseStatus status,
            String attribution,
            List<Answer> answers,
            List<SectionComment> sectionComments) {
        this(id, status, attribution, answers, sectionComments, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String questionKey, JsonNode value, UUID linkedAnswerId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SectionComment(String sectionKey, String text) {}

    public boolean submitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    /**
     * Something to withdraw: a submitted response, or a saved one with an answer or a comment in it; not a response
     * already withdrawn, nor a draft with nothing in it yet.
     */
    public boolean withdrawable() {
        if (status == ResponseStatus.WITHDRAWN) {
            return false;
        }
        return submitted()
                || (answers != null && !answers.isEmpty())
                || (sectionComments != null
                        && sectionComments.stream()
                                .anyMatch(c -> c.text() != null && !c.text().isBlank()));
    }

    /** Question key to the answer given so far. */
    public Map<String, JsonNode> given() {
        Map<String, JsonNode> given = new HashMap<>();
        if (answers != null) {
            answers.forEach(a -> given.put(a.questionKey(), a.value()));
        }
        return given;
    }

    /** Question key to the id of the earlier answer linked to it. */
    public Map<String, String> links() {
        Map<String, String> links = new HashMap<>();
        if (answers != null) {
            answers.stream()
                    .filter(a -> a.linkedAnswerId() != null)
                    .forEach(a -> links.put(a.questionKey(), a.linkedAnswerId().toString()));
        }
        return links;
    }

    public String comment(String section) {
        if (sectionComments == null || section == null) {
            return "";
        }
        return sectionComments.stream()
                .filter(c -> section.equals(c.sectionKey()))
                .map(SectionComment::text)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse("");
    }
}
