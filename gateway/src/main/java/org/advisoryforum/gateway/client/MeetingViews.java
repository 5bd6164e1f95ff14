package org.advisoryforum.gateway.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What forum-service and feedback-tracking-service answer about meetings, and what the pages send them. */
public final class MeetingViews {

    private MeetingViews() {}

    public record Agenda(String title, UUID consultationId, String sectionKey) {}

    public record Counts(long invited, long heldBack, long registered, long declined, long attended) {}

    public record Meeting(
            UUID id,
            String title,
            Instant startsAt,
            Instant endsAt,
            String format,
            String place,
            String joiningLink,
            String accessibility,
            Integer capacity,
            BigDecimal payment,
            List<Agenda> agenda,
            Instant minutesPublishedAt,
            Counts counts) {

        public boolean started() {
            return !startsAt.isAfter(Instant.now());
        }

        public boolean ended() {
            return !endsAt.isAfter(Instant.now());
        }
    }

    public record Invitee(
            UUID memberId,
            String displayName,
            String outcome,
            String reply,
            String accessNeeds,
            Instant repliedAt,
            Instant attendedAt) {}

    public record Detail(Meeting meeting, List<Invitee> invitees) {}

    public record InviteResult(long invited, long heldBack, long alreadyAsked) {}

    public record AttendanceResult(long recorded, long alreadyRecorded) {}

    /** A member's own invitation. */
    public record Mine(
            Meeting meeting, String outcome, String reply, String accessNeeds, Instant repliedAt, Instant attendedAt) {}

    /** A meeting's public outcomes, from tracking. */
    public record Outcome(
            UUID meetingId,
            String title,
            Instant startsAt,
            Instant endsAt,
            String format,
            List<Agenda> agenda,
            String summary,
            Attendance attendance,
            List<Action> actions,
            Instant publishedAt) {}

    public record Attendance(long total, Map<String, Long> byPerspective) {}

    public record Evidence(String documentUrl, String description) {}

    public record Action(
            UUID id,
            String description,
            String owner,
            LocalDate dueDate,
            String status,
            String reason,
            boolean overdue,
            Evidence evidence,
            Instant updatedAt) {}

    public record OutcomeSummary(
            UUID meetingId,
            String title,
            Instant startsAt,
            String format,
            long attended,
            int actions,
            Instant publishedAt) {}

    /** Requests. */
    public record Schedule(
            String title,
            Instant startsAt,
            Instant endsAt,
            String format,
            String place,
            String joiningLink,
            String accessibility,
            Integer capacity,
            String payment,
            List<Agenda> agenda) {}

    public record Invite(List<UUID> memberIds) {}

    public record Reply(String reply, String accessNeeds) {}

    public record Attend(List<UUID> attended) {}

    public record ActionPoint(String what, String owner, LocalDate dueDate) {}

    public record Minutes(String summary, List<ActionPoint> actionPoints) {}
}
