package org.advisoryforum.consultation.domain;

public enum ConsultationStatus {
    DRAFT, OPEN, CLOSED, ANALYSING, OUTCOME_PUBLISHED;

    public boolean isPublished() {
        return this != DRAFT;
    }
}
