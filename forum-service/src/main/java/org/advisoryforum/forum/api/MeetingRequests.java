package org.advisoryforum.forum.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.Meeting;
import org.advisoryforum.forum.domain.MeetingInvitation;

/** What staff and members send about meetings. */
public final class MeetingRequests {

    private MeetingRequests() {}

    /** A meeting staff schedule; {@code payment} in pounds (e.g. 50.00) is paid to each member who attends. */
    public record Schedule(
            @NotBlank @Size(max = 200) String title,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @NotNull Meeting.Format format,
            @Size(max = 300) String place,
            @Size(max = 500) String joiningLink,
            @Size(max = 2000) String accessibility,
            @Positive @Max(10000) Integer capacity,
            @Positive @Digits(integer = 7, fraction = 2) BigDecimal payment,
            @Size(max = 30) List<@NotNull @Valid AgendaItem> agenda) {}

    /** An agenda item, possibly about a consultation and then possibly one section of its draft. */
    public record AgendaItem(
            @NotBlank @Size(max = 300) String title,
            UUID consultationId,
            @Size(max = 100) String sectionKey) {}

    /** Members to invite; none named means every serving member. Each is invited within their contact limit. */
    public record Invite(@Size(max = 1000) List<@NotNull UUID> memberIds) {}

    /** A member's reply: register (with what they need to take part) or decline. */
    public record Reply(
            @NotNull MeetingInvitation.Reply reply,
            @Size(max = 1000) String accessNeeds) {}

    /** The members who attended (recording one again changes nothing). */
    public record Attendance(@NotEmpty @Size(max = 1000) List<@NotNull UUID> attended) {}

    /** The minutes: a summary and the action points that become tracked actions. */
    public record Minutes(
            @NotBlank @Size(max = 5000) String summary,
            @Size(max = 50) List<@NotNull @Valid ActionPoint> actionPoints) {}

    /** What will be done, the accountable team or role (never a person's name), and by when. */
    public record ActionPoint(
            @NotBlank @Size(max = 2000) String what,
            @NotBlank @Size(max = 200) String owner,
            java.time.LocalDate dueDate) {}
}
