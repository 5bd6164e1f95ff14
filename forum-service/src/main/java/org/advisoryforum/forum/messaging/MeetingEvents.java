package org.advisoryforum.forum.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.domain.Meeting;
import org.advisoryforum.forum.domain.MeetingActionPoint;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.platform.outbox.Outbox;

/**
 * forum.meeting.v1, keyed by meeting id. Minutes travel with their action points and how many attended, counted by
 * perspective: never who attended, their names or their access needs. Payload records hold strings, not domain types
 * (contract: platform-contracts, contracts/forum.meeting.v1/minutes-published).
 */
@ApplicationScoped
public class MeetingEvents {

    public static final String TOPIC = "forum.meeting.v1";

    private final Outbox outbox;

    public MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void minutesPublished(
            Meeting meeting,
            List<MeetingActionPoint> points,
            long attended,
            Map<Perspective, Long> attendedByPerspective) {
        outbox.publish(
                TOPIC,
                "minutes-published",
                1,
                meeting.id.toString(),
                new MinutesPublished(
                        meeting.id,
                        meeting.title,
                        meeting.startsAt,
                        meeting.endsAt,
                        meeting.format.name(),
                        meeting.agenda.stream()
                                .map(a -> new Agenda(a.title, a.consultationId, a.sectionKey))
                                .toList(),
                        meeting.minutesSummary,
                        points.stream()
                                .map(p -> new ActionPoint(p.id, p.what, p.owner, p.dueDate))
                                .toList(),
                        new Attendance(attended, byName(attendedByPerspective)),
                        meeting.minutesPublishedAt));
    }

    public record MinutesPublished(
            UUID meetingId,
            String title,
            Instant startsAt,
            Instant endsAt,
            String format,
            List<Agenda> agenda,
            String summary,
            List<ActionPoint> actionPoints,
            Attendance attendance,
            Instant publishedAt) {}

    public record Agenda(String title, UUID consultationId, String sectionKey) {}

    public record ActionPoint(UUID actionPointId, String what, String owner, LocalDate dueDate) {}

    /** A member with more than one perspective counts under each; keys are perspective names. */
    public record Attendance(long total, Map<String, Long> byPerspective) {}

    /** keyed by the perspective's name, in the given map's order */
    private static Map<String, Long> byName(Map<Perspective, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((perspective, count) -> named.put(perspective.name(), count));
        return named;
    }
}
