package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedConsultation;

/**
 * A consultation tracking knows. outcomeDueBy: the last day for an on-time outcome (null until its closing is known);
 * overdueSince: the first day it was late, once the response clock found it so (null otherwise; it stays after a
 * late outcome is published).
 */
public record TrackedConsultationView(
        UUID id,
        String title,
        String plainLanguageSummary,
        String kind,
        String accountableTeam,
        String status,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt,
        Instant closedAt,
        LocalDate outcomeDueBy,
        LocalDate overdueSince,
        Instant outcomePublishedAt) {

    public static TrackedConsultationView of(TrackedConsultation c) {
        return new TrackedConsultationView(
                c.id,
                c.title,
                c.plainLanguageSummary,
                c.kind,
                c.accountableTeam,
                c.status,
                c.opensAt,
                c.closesAt,
                c.publishedAt,
                c.closedAt,
                c.outcomeDueBy(),
                c.overdueSince,
                c.outcomePublishedAt);
    }
}
