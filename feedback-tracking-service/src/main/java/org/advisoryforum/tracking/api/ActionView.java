package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action as staff see it, with its history (including who changed it). commitmentWithoutDate: its words promise
 * something in the future tense but it has no due date (see Commitments): to fix before the outcome is published.
 */
public record ActionView(
        UUID id,
        UUID consultationId,
        UUID meetingId,
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
        TallyView confirmations,
        List<Comment> comments,
        Instant createdAt,
        Instant updatedAt,
        List<HistoryEntry> history) {

    /** members' comments with their verdicts, without who wrote them */
    public record Comment(String verdict, String comment, Instant at) {}

    public record HistoryEntry(String status, String reason, String changedBy, Instant changedAt) {}
}
