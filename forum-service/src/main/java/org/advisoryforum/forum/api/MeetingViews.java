package org.advisoryforum.forum.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.AgendaItem;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.Meeting;
import org.advisoryforum.forum.domain.MeetingInvitation;
import org.advisoryforum.forum.domain.Money;

/** What the meetings API answers. */
public final class MeetingViews {

    private MeetingViews() {}

    public record Agenda(String title, UUID consultationId, String sectionKey) {
        static Agenda of(AgendaItem item) {
            return new Agenda(item.title, item.consultationId, item.sectionKey);
        }
    }

    /** Counts only: how many were invited, held back by their contact limit, registered, declined, attended. */
    public record Counts(long invited, long heldBack, long registered, long declined, long attended) {
        public static Counts of(List<MeetingInvitation> invitations) {
            return new Counts(
                    invitations.stream()
                            .filter(i -> i.outcome == Invitation.Outcome.INVITED)
                            .count(),
                    invitations.stream()
                            .filter(i -> i.outcome != Invitation.Outcome.INVITED)
                            .count(),
                    invitations.stream()
                            .filter(i -> i.reply == MeetingInvitation.Reply.REGISTERED)
                            .count(),
                    invitations.stream()
                            .filter(i -> i.reply == MeetingInvitation.Reply.DECLINED)
                            .count(),
                    invitations.stream().filter(MeetingInvitation::attended).count());
        }
    }

    /** A meeting as staff and its invitees see it. */
    public record Meeting(
            UUID id,
            String title,
            Instant startsAt,
            Instant endsAt,
            org.advisoryforum.forum.domain.Meeting.Format format,
            String place,
            String joiningLink,
            String accessibility,
            Integer capacity,
            BigDecimal payment,
            List<Agenda> agenda,
            Instant minutesPublishedAt,
            Counts counts) {
        public static Meeting of(org.advisoryforum.forum.domain.Meeting m, Counts counts) {
            return new Meeting(
                    m.id,
                    m.title,
                    m.startsAt,
                    m.endsAt,
                    m.format,
                    m.place,
                    m.joiningLink,
                    m.accessibility,
                    m.capacity,
                    m.paymentPence == null ? null : Money.toPounds(m.paymentPence),
                    m.agenda.stream().map(Agenda::of).toList(),
                    m.minutesPublishedAt,
                    counts);
        }
    }

    /** One person asked to a meeting, for staff: who, whether messaged, their reply and needs, attendance. */
    public record Invitee(
            UUID memberId,
            String displayName,
            Invitation.Outcome outcome,
            MeetingInvitation.Reply reply,
            String accessNeeds,
            Instant repliedAt,
            Instant attendedAt) {}

    /** A meeting with everyone asked to it (staff only). */
    public record Detail(Meeting meeting, List<Invitee> invitees) {}

    public record InviteResult(int invited, int heldBack, int alreadyAsked) {}

    public record AttendanceResult(int recorded, int alreadyRecorded) {}

    /** A member's own invitation to a meeting, with the meeting. */
    public record Mine(
            Meeting meeting,
            Invitation.Outcome outcome,
            MeetingInvitation.Reply reply,
            String accessNeeds,
            Instant repliedAt,
            Instant attendedAt) {
        public static Mine of(Meeting meeting, MeetingInvitation i) {
            return new Mine(meeting, i.outcome, i.reply, i.accessNeeds, i.repliedAt, i.attendedAt);
        }
    }

    public record ActionPoint(UUID id, String what, String owner, java.time.LocalDate dueDate) {}

    /** Published minutes, with how many attended by perspective (counts only). */
    public record Minutes(
            UUID meetingId,
            String summary,
            Instant publishedAt,
            List<ActionPoint> actionPoints,
            long attended,
            java.util.Map<org.advisoryforum.forum.domain.Perspective, Long> byPerspective) {}
}
