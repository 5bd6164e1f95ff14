package org.advisoryforum.consultation.domain;

/** How a response's words may be quoted: with the author's name, anonymously, or not at all. */
public enum Attribution {
    NAMED,
    ANONYMOUS,
    NONE;

    public boolean allowsQuoting() {
        return this != NONE;
    }
}
