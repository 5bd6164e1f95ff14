package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

/** What tracking knows of a consultation, built only from consultation.lifecycle.v1 events. */
@Entity
@Table(name = "tracked_consultation")
public class TrackedConsultation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "plain_language_summary")
    public String plainLanguageSummary;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String audience;

    @Column(name = "accountable_team", nullable = false)
    public String accountableTeam;

    @Column(nullable = false)
    public String status;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "outcome_published_at")
    public Instant outcomePublishedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** the outcome's due date staff set; null: the default, {@link #DEFAULT_RESPONSE_TIME} after closing */
    @Column(name = "outcome_due_by")
    public LocalDate outcomeDueBySet;

    /** the staff subject id who set the due date */
    @Column(name = "outcome_due_set_by")
    public String outcomeDueSetBy;

    /** the first day the outcome was late: set once by the response clock, never moved */
    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    @Column(name = "overdue_noticed_at")
    public Instant overdueNoticedAt;

    public static final Period DEFAULT_RESPONSE_TIME = Period.ofWeeks(12);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** the last day on which publishing the outcome is on time (a London date); null while the closing is unknown */
    public LocalDate outcomeDueBy() {
        if (outcomeDueBySet != null) {
            return outcomeDueBySet;
        }
        Instant closing = closedAt != null ? closedAt : closesAt;
        return closing == null ? null : LocalDate.ofInstant(closing, LONDON).plus(DEFAULT_RESPONSE_TIME);
    }

    /** late on this day: closed, no outcome yet, and the due date has passed */
    public boolean isLateOn(LocalDate today) {
        LocalDate due = outcomeDueBy();
        return closedAt != null && outcomePublishedAt == null && due != null && today.isAfter(due);
    }
}
