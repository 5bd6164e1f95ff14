package org.advisoryforum.gateway.web.page;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in Europe/London, in the page's language (month names in Welsh too). */
@TemplateExtension
public class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter DAY_CY = DateTimeFormatter.ofPattern("d MMMM yyyy", PageContext.WELSH);
    private static final DateTimeFormatter DAY_TIME_CY =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'am' HH:mm", PageContext.WELSH);

    static String londonDate(
            Instant instant, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return instant == null ? "" : (welsh(locale) ? DAY_CY : DAY).format(instant.atZone(LONDON));
    }

    static String longDate(
            java.time.LocalDate date, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return date == null ? "" : (welsh(locale) ? DAY_CY : DAY).format(date);
    }

    static String londonDateTime(
            Instant instant, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null) {
            return "";
        }
        if (welsh(locale)) {
            return DAY_TIME_CY.format(instant.atZone(LONDON));
        }
        return DAY_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    private static boolean welsh(Object locale) {
        return locale instanceof Locale l && PageContext.WELSH.getLanguage().equals(l.getLanguage());
    }
}
