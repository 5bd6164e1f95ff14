package org.advisoryforum.consultation.domain;

/** How a response reached us: the member online, or recorded by staff on their behalf. */
public enum Provenance {
    ONLINE,
    PHONE,
    PAPER,
    EASY_READ,
    SUPPORTER
}
