package org.advisoryforum.tracking.api;

import org.advisoryforum.tracking.domain.TrackedConsultation;

import java.time.Instant;
import java.util.UUID;

public record TrackedConsultationView(UUID id, String title, String plainLanguageSummary, String kind,
                                      String accountableTeam, String status, Instant opensAt, Instant closesAt,
                                      Instant publishedAt, Instant closedAt) {

    public static TrackedConsultationView of(TrackedConsultation c) {
        return new TrackedConsultationView(c.id, c.title, c.plainLanguageSummary, c.kind, c.accountableTeam,
                c.status, c.opensAt, c.closesAt, c.publishedAt, c.closedAt);
    }
}
