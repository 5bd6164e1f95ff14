package org.advisoryforum.gateway.web.editor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetails;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.FormValues;

/**
 * A consultation's details as typed into the create or change form, kept as typed so that a refused form shows them
 * again. Opening and closing are a date and a time in UTC; no opening date means "open when published".
 */
public record ConsultationForm(
        String title,
        String summary,
        String plainLanguageSummary,
        String kind,
        String audience,
        String accountableTeam,
        String opensDate,
        String opensTime,
        String closesDate,
        String closesTime) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Each field the service may name, with the field on the page and the message that says how to fix it. */
    private static final Map<String, String[]> SERVICE_FIELDS = Map.of(
            "title", new String[] {"title", "editor_error_title"},
            "summary", new String[] {"summary", "editor_error_summary"},
            "plainLanguageSummary", new String[] {"plainLanguageSummary", "editor_error_plain"},
            "kind", new String[] {"kind", "editor_error_kind"},
            "audience", new String[] {"audience", "editor_error_audience"},
            "accountableTeam", new String[] {"accountableTeam", "editor_error_team"},
            "opensAt", new String[] {"opensDate", "editor_error_opens"},
            "closesAt", new String[] {"closesDate", "editor_error_closes"});

    public static ConsultationForm empty() {
        return new ConsultationForm("", "", "", "", "", "", "", "", "", "");
    }

    public static ConsultationForm of(ConsultationDetail c) {
        return new ConsultationForm(
                c.title(),
                c.summary(),
                orEmpty(c.plainLanguageSummary()),
                c.kind(),
                c.audience(),
                c.accountableTeam(),
                date(c.opensAt()),
                time(c.opensAt()),
                date(c.closesAt()),
                time(c.closesAt()));
    }

    public static ConsultationForm from(MultivaluedMap<String, String> form) {
        return new ConsultationForm(
                FormValues.value(form, "title"),
                FormValues.value(form, "summary"),
                FormValues.value(form, "plainLanguageSummary"),
                FormValues.value(form, "kind"),
                FormValues.value(form, "audience"),
                FormValues.value(form, "accountableTeam"),
                FormValues.value(form, "opensDate"),
                FormValues.value(form, "opensTime"),
                FormValues.value(form, "closesDate"),
                FormValues.value(form, "closesTime"));
    }

    /** The dates and times must be real before anything is sent; everything else the service checks. */
    public FormErrors check() {
        FormErrors errors = new FormErrors();
        if (!opensDate.isBlank() || !opensTime.isBlank()) {
            if (instant(opensDate, opensTime) == null) {
                errors.add("opensDate", "editor_error_opens");
            }
        }
        if (instant(closesDate, closesTime) == null) {
            errors.add("closesDate", "editor_error_closes");
        }
        return errors;
    }

    /** Only after {@link #check()} found nothing wrong. */
    public ConsultationDetails toDetails() {
        return new ConsultationDetails(
                title,
                summary,
                plainLanguageSummary.isBlank() ? null : plainLanguageSummary,
                kind.isBlank() ? null : kind,
                audience.isBlank() ? null : audience,
                accountableTeam,
                opensDate.isBlank() ? null : instant(opensDate, opensTime),
                instant(closesDate, closesTime));
    }

    static FormErrors errors(ServiceRefusal refused) {
        FormErrors errors = new FormErrors();
        refused.fields().keySet().forEach(field -> {
            String[] target = SERVICE_FIELDS.getOrDefault(field, new String[] {"title", "editor_error_other"});
            errors.add(target[0], target[1]);
        });
        if (errors.isEmpty()) {
            errors.add("title", "editor_error_other");
        }
        return errors;
    }

    private static Instant instant(String date, String time) {
        try {
            return LocalDate.parse(date.strip())
                    .atTime(LocalTime.parse(time.strip(), TIME))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String date(Instant instant) {
        return instant == null
                ? ""
                : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
