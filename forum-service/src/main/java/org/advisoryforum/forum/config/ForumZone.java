package org.advisoryforum.forum.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days (terms, quiet periods) are the forum's days, in England. The clock itself is the platform's. */
public final class ForumZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ForumZone() {
    }

    /** A day as people write it in a message ("16 December 2026"), never as an ISO date. */
    public static String day(Instant instant) {
        return DAY.format(instant.atZone(ZONE));
    }
}
