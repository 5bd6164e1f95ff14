package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public "You said, we did" of one consultation: precomputed and stored whenever something on it changes.
 * No member ids, no staff names, only words whose authors consented to quoting and staff approved in moderation.
 * difference: how many members behind each action said it made a difference, some, or none (counts only: their
 * comments are staff's). outcomeDueBy: the last day for an on-time outcome; overdueSince: the first day it was late (null if it was not).
 */
public record YouSaidWeDidView(
        UUID consultationId,
        String title,
        String plainLanguageSummary,
        String accountableTeam,
        Instant closedAt,
        Instant outcomePublishedAt,
        LocalDate outcomeDueBy,
        LocalDate overdueSince,
        Participation participation,
        List<YouSaid> youSaid,
        List<WeDid> weDid) {

    /** who took part; byPerspective and byRegion only count members who allowed use in statistics */
    public record Participation(VoicesView voices, Map<String, Integer> byRegion) {}

    public record YouSaid(
            UUID keyPointId, String text, VoicesView voices, List<QuoteView> quotes, List<UUID> actionIds) {}

    public record WeDid(
            UUID actionId,
            List<UUID> keyPointIds,
            String description,
            String status,
            String reason,
            String owner,
            LocalDate dueDate,
            LocalDate reviewDate,
            boolean overdue,
            boolean commitmentWithoutDate,
            EvidenceView evidence,
            VoicesView voices,
            TallyView confirmations,
            DifferenceView.Counts difference,
            Instant updatedAt) {}
}
