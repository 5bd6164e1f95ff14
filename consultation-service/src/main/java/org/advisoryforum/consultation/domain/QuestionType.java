package org.advisoryforum.consultation.domain;

public enum QuestionType {
    FREE_TEXT,
    SCALE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE
}
