package org.advisoryforum.forum.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days (terms, quiet periods) are the forum's days, in England. The clock itself is the platform's. The one place
 * forum-service words a day or a time, for the English text of a notification (the digest, API clients); pages word
 * the stored instants themselves, in the reader's language.
 */
public final class ForumZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private ForumZone() {}

    /** A day as people write it in a message ("16 December 2026"), never as an ISO date. */
    public static String day(Instant instant) {
        return DAY.format(instant.atZone(ZONE));
    }

    /** A day and a time in England ("16 December 2026 at 10:00"). */
    public static String dayAndTime(Instant instant) {
        return DAY_AND_TIME.format(instant.atZone(ZONE));
    }
}
