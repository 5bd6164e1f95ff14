package org.advisoryforum.forum.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A forum meeting staff scheduled: when, in what format, where or how to join, and its agenda. */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Format {
        IN_PERSON,
        ONLINE,
        HYBRID
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;

    @Column
    public String place;

    @Column(name = "joining_link")
    public String joiningLink;

    /** The arrangements made for everyone (step-free access, hearing loop, interpreters...). */
    @Column
    public String accessibility;

    /** At most this many registrations; null means no limit. */
    @Column
    public Integer capacity;

    /** Paid to each member who attended (a payment claim is raised for them); null when the meeting is unpaid. */
    @Column(name = "payment_pence")
    public Long paymentPence;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "minutes_summary")
    public String minutesSummary;

    @Column(name = "minutes_published_at")
    public Instant minutesPublishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<AgendaItem> agenda = new ArrayList<>();

    @Version
    public long version;

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public boolean hasEnded(Instant now) {
        return !endsAt.isAfter(now);
    }

    public int durationMinutes() {
        return (int) Math.min(Duration.between(startsAt, endsAt).toMinutes(), 1440);
    }
}
