package org.advisoryforum.tracking.domain;

/** Where quotable words stand in moderation: only APPROVED and REDACTED words are ever shown publicly. */
public enum ModerationStatus {
    PENDING,
    APPROVED,
    REDACTED,
    REJECTED;

    public boolean isPublic() {
        return this == APPROVED || this == REDACTED;
    }
}
