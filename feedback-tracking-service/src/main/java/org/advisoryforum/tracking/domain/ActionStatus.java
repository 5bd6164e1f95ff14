package org.advisoryforum.tracking.domain;

/** Where an action stands. Some outcomes must say why. */
public enum ActionStatus {
    PROPOSED,
    AGREED,
    IN_PROGRESS,
    IMPLEMENTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED,
    DEFERRED;

    /** "we didn't (fully), because": these need a reason. */
    public boolean needsReason() {
        return this == PARTLY_ADOPTED || this == NOT_ADOPTED || this == DEFERRED;
    }

    /** "we did (in part)": these need evidence of what changed */
    public boolean needsEvidence() {
        return this == IMPLEMENTED || this == PARTLY_ADOPTED;
    }

    /** nothing more is due once an action reached one of these. */
    public boolean isSettled() {
        return this == IMPLEMENTED || this == PARTLY_ADOPTED || this == NOT_ADOPTED;
    }
}
