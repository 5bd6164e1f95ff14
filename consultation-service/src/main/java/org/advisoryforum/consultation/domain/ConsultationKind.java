package org.advisoryforum.consultation.domain;

public enum ConsultationKind {
    POLICY,
    GUIDANCE,
    STANDARD
}
