package org.advisoryforum.forum.domain;

/** How a member needs material to be provided. Never leaves forum-service. */
public enum AccessibilityNeed {
    EASY_READ,
    LARGE_PRINT,
    BSL,
    SCREEN_READER,
    OTHER
}
