package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsultationSummary(
        UUID id,
        String title,
        String plainLanguageSummary,
        String kind,
        ConsultationStatus status,
        Instant opensAt,
        Instant closesAt,
        Instant closedAt) {}
