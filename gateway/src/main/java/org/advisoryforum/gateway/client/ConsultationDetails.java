package org.advisoryforum.gateway.client;

import java.time.Instant;

/** What staff write to create or edit a draft consultation ({@code POST/PUT /api/consultations}). */
public record ConsultationDetails(
        String title,
        String summary,
        String plainLanguageSummary,
        String kind,
        String audience,
        String accountableTeam,
        Instant opensAt,
        Instant closesAt) {}
