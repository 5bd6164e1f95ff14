package org.advisoryforum.tracking.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** forum.meeting.v1 minutes-published: the minutes, their action points, attendance counted by perspective only. */
public record MeetingEvent(
        UUID meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String format,
        List<Agenda> agenda,
        String summary,
        List<ActionPoint> actionPoints,
        Attendance attendance,
        Instant publishedAt) {

    public record Agenda(String title, UUID consultationId, String sectionKey) {}

    public record ActionPoint(UUID actionPointId, String what, String owner, LocalDate dueDate) {}

    public record Attendance(long total, Map<String, Long> byPerspective) {}
}
