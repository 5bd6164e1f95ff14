package org.advisoryforum.forum.config;

import java.time.ZoneId;

/** Days (terms, quiet periods) are the forum's days, in England. The clock itself is the platform's. */
public final class ForumZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ForumZone() {
    }
}
