package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Responsiveness and evaluation, overall and per consultation with a published outcome. Shares are 0..1 (null
 * when there is nothing to divide by); participation counts only members who allowed use in statistics.
 */
public record ImpactView(Figures overall, List<ConsultationImpact> consultations) {

    public record ConsultationImpact(UUID consultationId, String title, Instant closedAt, Instant outcomePublishedAt,
                                     Figures figures) {
    }

    public record Figures(int consultations, Double averageDaysFromCloseToOutcome, int keyPoints,
                          int keyPointsWithAction, Double shareOfKeyPointsWithAction, int actions, int implemented,
                          int partlyAdopted, int notAdopted, Double shareOfActionsImplemented,
                          Double shareOfImplementedWithLivedExperience, int participants,
                          Map<String, Integer> participationByPerspective, Map<String, Integer> participationByRegion) {
    }
}
