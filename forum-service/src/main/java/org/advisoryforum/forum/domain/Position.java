package org.advisoryforum.forum.domain;

public enum Position {
    MEMBER,
    CHAIR,
    VICE_CHAIR
}
