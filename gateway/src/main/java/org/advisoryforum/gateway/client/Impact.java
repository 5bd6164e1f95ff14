package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Responsiveness figures from feedback-tracking-service (shares are 0..1, null when there is nothing to divide). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Impact(Figures overall, List<ConsultationImpact> consultations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsultationImpact(UUID consultationId, String title, Instant closedAt, Instant outcomePublishedAt,
                                     Figures figures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(int consultations, Double averageDaysFromCloseToOutcome, int keyPoints,
                          int keyPointsWithAction, Double shareOfKeyPointsWithAction, int actions, int implemented,
                          int partlyAdopted, int notAdopted, Double shareOfActionsImplemented,
                          Double shareOfImplementedWithLivedExperience, int participants,
                          Map<String, Integer> participationByPerspective, Map<String, Integer> participationByRegion) {
    }
}
