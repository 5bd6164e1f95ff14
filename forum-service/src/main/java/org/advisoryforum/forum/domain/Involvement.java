package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a member's involvement ledger: a consultation response, a meeting or another activity. */
@Entity
@Table(name = "involvement")
public class Involvement {

    public enum Kind {
        CONSULTATION_RESPONSE,
        MEETING,
        OTHER
    }

    @Id
    public UUID id;

    /** Null once the member has been erased (the entry stays for anonymous counts and payments made). */
    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column
    public String description;

    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(name = "response_id")
    public UUID responseId;

    /** The meeting an attendance entry is for (once per member and meeting). */
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Involvement response(
            UUID memberId, UUID consultationId, UUID responseId, Instant submittedAt, Instant now) {
        Involvement entry = create(memberId, Kind.CONSULTATION_RESPONSE, now);
        entry.description = "Consultation response";
        entry.consultationId = consultationId;
        entry.responseId = responseId;
        entry.occurredAt = submittedAt == null ? now : submittedAt;
        return entry;
    }

    public static Involvement activity(
            UUID memberId, Kind kind, String description, Integer durationMinutes, Instant occurredAt, Instant now) {
        Involvement entry = create(memberId, kind, now);
        entry.description = description.strip();
        entry.durationMinutes = durationMinutes;
        entry.occurredAt = occurredAt;
        return entry;
    }

    public static Involvement meeting(UUID memberId, Meeting meeting, Instant now) {
        Involvement entry = create(memberId, Kind.MEETING, now);
        entry.description = meeting.title.length() > 200 ? meeting.title.substring(0, 200) : meeting.title;
        entry.meetingId = meeting.id;
        entry.durationMinutes = meeting.durationMinutes();
        entry.occurredAt = meeting.startsAt;
        return entry;
    }

    private static Involvement create(UUID memberId, Kind kind, Instant now) {
        Involvement entry = new Involvement();
        entry.id = UUID.randomUUID();
        entry.memberId = memberId;
        entry.kind = kind;
        entry.recordedAt = now;
        return entry;
    }
}
