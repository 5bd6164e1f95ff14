package org.advisoryforum.gateway.client;

import io.quarkus.qute.TemplateEnum;

/** Where a consultation stands, as consultation-service says it; templates compare with {@code ConsultationStatus:OPEN}. */
@TemplateEnum
public enum ConsultationStatus {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    ANALYSING,
    OUTCOME_PUBLISHED
}
