package org.advisoryforum.forum.domain;

/** The experience a member brings to the forum (contract name: shared with other services' events). */
public enum Perspective {
    LIVED_EXPERIENCE,
    CARER,
    SOCIAL_WORKER,
    STUDENT,
    EDUCATOR,
    OTHER
}
