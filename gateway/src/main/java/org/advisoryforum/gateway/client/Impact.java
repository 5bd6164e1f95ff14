package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Responsiveness figures from feedback-tracking-service (shares are 0..1, null when there is nothing to divide). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Impact(Figures overall, List<ConsultationImpact> consultations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsultationImpact(
            UUID consultationId, String title, Instant closedAt, Instant outcomePublishedAt, Figures figures) {}

    /**
     * medianDaysFromCloseToOutcome (whole days, the middle value) and shareOfOutcomesOnTime (published by their due
     * date, out of those published and those overdue) are the response clock's figures.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(
            int consultations,
            Double averageDaysFromCloseToOutcome,
            Double medianDaysFromCloseToOutcome,
            int outcomesOnTime,
            int outcomesOverdue,
            Double shareOfOutcomesOnTime,
            int keyPoints,
            int keyPointsWithAction,
            Double shareOfKeyPointsWithAction,
            int actions,
            int implemented,
            int partlyAdopted,
            int notAdopted,
            Double shareOfActionsImplemented,
            Double shareOfImplementedWithLivedExperience,
            int participants,
            Map<String, Integer> participationByPerspective,
            Map<String, Integer> participationByRegion) {

        /** Actions by how they ended; those not settled yet (proposed, agreed, in progress, later) together. */
        public Map<String, Integer> byOutcome() {
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            outcomes.put("IMPLEMENTED", implemented);
            outcomes.put("PARTLY_ADOPTED", partlyAdopted);
            outcomes.put("NOT_ADOPTED", notAdopted);
            outcomes.put("UNSETTLED", actions - implemented - partlyAdopted - notAdopted);
            return outcomes;
        }
    }
}
