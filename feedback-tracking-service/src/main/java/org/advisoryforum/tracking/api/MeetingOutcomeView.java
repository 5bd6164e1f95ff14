package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A meeting's public outcomes: its minutes and what became of each action point. Counts only, nobody named. */
public record MeetingOutcomeView(
        UUID meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String format,
        List<Agenda> agenda,
        String summary,
        Attendance attendance,
        List<Action> actions,
        Instant publishedAt) {

    public record Agenda(String title, UUID consultationId, String sectionKey) {}

    public record Attendance(long total, Map<String, Long> byPerspective) {}

    /** An action point as tracked: owner (a team or role), due date, status, the reason, and evidence. */
    public record Action(
            UUID id,
            String description,
            String owner,
            LocalDate dueDate,
            String status,
            String reason,
            boolean overdue,
            EvidenceView evidence,
            Instant updatedAt) {}

    /** One line of the list of meetings. */
    public record Summary(
            UUID meetingId,
            String title,
            Instant startsAt,
            String format,
            long attended,
            int actions,
            Instant publishedAt) {}
}
