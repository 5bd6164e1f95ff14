package org.advisoryforum.consultation.domain;

public enum ResponseStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
}
