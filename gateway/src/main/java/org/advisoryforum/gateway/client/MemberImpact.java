package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** "My impact": each of the member's answers and what became of it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberImpact(int inputs, int inKeyPoints, int answered, List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            UUID inputId,
            UUID consultationId,
            String consultationTitle,
            String kind,
            String questionKey,
            String sectionKey,
            String state,
            List<KeyPoint> keyPoints) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyPoint(UUID id, String text, List<Action> actions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(UUID actionId, String description, String status, String reason, String myVerdict) {}
}
