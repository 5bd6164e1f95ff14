package org.advisoryforum.consultation.domain;

/** Who may answer: forum members only, or members and the public. Everyone may read a published consultation. */
public enum Audience {
    MEMBERS,
    MEMBERS_AND_PUBLIC
}
