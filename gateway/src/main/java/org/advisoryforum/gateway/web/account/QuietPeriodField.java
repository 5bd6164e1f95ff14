package org.advisoryforum.gateway.web.account;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The quiet period on the profile page as GOV.UK date fields: empty means none; otherwise a real date from today
 * on. {@code error} is null, "invalid" (not a real date, or only partly filled in) or "past".
 */
public record QuietPeriodField(String day, String month, String year, LocalDate date, String error) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static QuietPeriodField of(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return new QuietPeriodField("", "", "", null, null);
        }
        LocalDate date = LocalDate.parse(isoDate);
        return new QuietPeriodField(
                Integer.toString(date.getDayOfMonth()),
                Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()),
                date,
                null);
    }

    public static QuietPeriodField from(MultivaluedMap<String, String> form, LocalDate today) {
        String day = strip(form.getFirst("quietUntil-day"));
        String month = strip(form.getFirst("quietUntil-month"));
        String year = strip(form.getFirst("quietUntil-year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new QuietPeriodField(day, month, year, null, null);
        }
        LocalDate date;
        try {
            if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
                throw new DateTimeException("not a date");
            }
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return new QuietPeriodField(day, month, year, null, "invalid");
        }
        if (date.isBefore(today)) {
            return new QuietPeriodField(day, month, year, null, "past");
        }
        return new QuietPeriodField(day, month, year, date, null);
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean isSet() {
        return date != null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
