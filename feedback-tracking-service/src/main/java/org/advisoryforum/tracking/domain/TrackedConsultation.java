package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
}
