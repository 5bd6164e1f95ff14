package org.advisoryforum.tracking.domain;

/** A member's view of a published action: "this reflects what we said" or "this misses our point". */
public enum Verdict {
    REFLECTS,
    MISSES
}
