package org.advisoryforum.gateway.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in Europe/London. */
@TemplateExtension
public class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    static String londonDate(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }

    static String longDate(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String londonDateTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
