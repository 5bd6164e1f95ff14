package org.advisoryforum.gateway.web.page;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Staff enter opening and closing times in UTC, so the editor shows them in UTC too (the public pages use London time). */
@TemplateExtension
public class UtcTimes {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK);

    static String utc(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
