package org.advisoryforum.consultation.domain;

public enum ConsultationStatus {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    ANALYSING,
    OUTCOME_PUBLISHED;

    public boolean isPublished() {
        return this != DRAFT;
    }

    public boolean isClosed() {
        return this == CLOSED || this == ANALYSING || this == OUTCOME_PUBLISHED;
    }
}
