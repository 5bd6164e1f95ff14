package org.advisoryforum.consultation.api;

import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Audience;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.ConsultationKind;
import org.advisoryforum.consultation.domain.ConsultationStatus;

public record ConsultationView(
        UUID id,
        String title,
        String summary,
        String plainLanguageSummary,
        ConsultationKind kind,
        Audience audience,
        String accountableTeam,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus status,
        Instant publishedAt,
        Instant closedAt) {

    public static ConsultationView of(Consultation c) {
        return new ConsultationView(
                c.id,
                c.title,
                c.summary,
                c.plainLanguageSummary,
                c.kind,
                c.audience,
                c.accountableTeam,
                c.opensAt,
                c.closesAt,
                c.status,
                c.publishedAt,
                c.closedAt);
    }
}
