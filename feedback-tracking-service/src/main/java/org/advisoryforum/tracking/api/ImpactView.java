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

    public record ConsultationImpact(
            UUID consultationId, String title, Instant closedAt, Instant outcomePublishedAt, Figures figures) {}

    /**
     * outcomesOverdue: closed consultations past their due date with no outcome yet (overall only);
     * shareOfOutcomesOnTime: outcomes published by their due date, out of those published and those overdue;
     * medianDaysFromCloseToOutcome: whole days, the middle value (the mean of the two middle ones).
     */
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
            Map<String, Integer> participationByRegion) {}
}
