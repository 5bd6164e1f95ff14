package org.advisoryforum.forum.domain;

import java.time.Duration;

/** How often a member's notifications are gathered into one digest. */
public enum DigestFrequency {
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    DigestFrequency(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
