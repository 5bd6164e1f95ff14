package org.advisoryforum.forum.domain;

/** Whether the regulator may quote a member's words: with their name, anonymously, or not at all. */
public enum QuoteConsent {
    NAMED,
    ANONYMOUS,
    NONE
}
