package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A forum meeting whose minutes were published (forum.meeting.v1): its public record, with how many attended counted
 * by perspective and never who. Its action points are {@link Action}s with {@code meetingId} set.
 */
@Entity
@Table(name = "tracked_meeting")
public class TrackedMeeting {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String summary;

    /** The agenda as JSON: [{title, consultationId, sectionKey}]. */
    @Column(nullable = false)
    public String agenda;

    @Column(nullable = false)
    public long attended;

    /** Attendees counted by perspective as JSON: {"CARER": 3, ...}. */
    @Column(name = "by_perspective", nullable = false)
    public String byPerspective;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
