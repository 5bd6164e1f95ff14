package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer or comment forward, as tracking traces it: the key points it fed and the actions answering them. Staff
 * read it for any input ({@code GET /api/tracking/inputs/{id}/trace}, with each action's evidence); a member reads
 * their own in "my impact" ({@link MemberImpact}, with their verdict on each action).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InputOutcome(
        UUID inputId,
        UUID consultationId,
        String consultationTitle,
        String kind,
        String questionKey,
        String sectionKey,
        String state,
        List<KeyPoint> keyPoints) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyPoint(UUID id, String text, List<Action> actions) {}

    /** {@code evidence} and {@code updatedAt} in the staff trace, {@code myVerdict} in the member's own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(
            UUID actionId,
            String description,
            String status,
            String reason,
            StaffPageViews.Evidence evidence,
            Instant updatedAt,
            String myVerdict) {}
}
