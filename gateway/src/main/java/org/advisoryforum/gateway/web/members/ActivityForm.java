package org.advisoryforum.gateway.web.members;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.ProblemWords;

/**
 * The "record an activity" form as staff filled it in: the typed values to show again and every problem found at once,
 * in field order, each named by the page's field id with its MembersMsg key. forum-service judges the request; its
 * refusals are turned into the same field ids by their field and code, never by its English text.
 */
@TemplateData
public final class ActivityForm {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The service's field names and the page's field ids, in the order the fields appear. */
    private static final Map<String, String> SERVICE_FIELDS = new LinkedHashMap<>();

    static {
        SERVICE_FIELDS.put("kind", "kind");
        SERVICE_FIELDS.put("description", "description");
        SERVICE_FIELDS.put("durationMinutes", "durationMinutes");
        SERVICE_FIELDS.put("occurredAt", "occurred-day");
    }

    private final Map<String, String> values;
    private FormErrors errors = new FormErrors();
    private StaffPageViews.Activity activity;

    private ActivityForm(Map<String, String> values) {
        this.values = values;
    }

    public static ActivityForm empty() {
        return new ActivityForm(new LinkedHashMap<>());
    }

    /** The posted form, checked for what the gateway must read (a kind, a whole number, a real past date). */
    public static ActivityForm posted(MultivaluedMap<String, String> form, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name :
                List.of("kind", "description", "durationMinutes", "occurred-day", "occurred-month", "occurred-year")) {
            String value = form.getFirst(name);
            values.put(name, value == null ? "" : value.strip());
        }
        ActivityForm typed = new ActivityForm(values);
        Map<String, String> problems = new LinkedHashMap<>();
        String kind = values.get("kind");
        if (!"MEETING".equals(kind) && !"OTHER".equals(kind)) {
            problems.put("kind", "mb_error_kind");
        }
        String description = values.get("description");
        if (description.isEmpty()) {
            problems.put("description", "mb_error_description_missing");
        } else if (description.codePointCount(0, description.length()) > 200) {
            problems.put("description", "mb_error_description_long");
        }
        Integer minutes = null;
        if (values.get("durationMinutes").matches("\\d{1,4}")) {
            minutes = Integer.parseInt(values.get("durationMinutes"));
        }
        if (minutes == null || minutes < 1 || minutes > 1440) {
            problems.put("durationMinutes", "mb_error_duration");
        }
        LocalDate day = null;
        try {
            day = LocalDate.of(
                    Integer.parseInt(values.get("occurred-year")),
                    Integer.parseInt(values.get("occurred-month")),
                    Integer.parseInt(values.get("occurred-day")));
        } catch (NumberFormatException | DateTimeException e) {
            problems.put("occurred-day", "mb_error_date");
        }
        if (day != null && day.isAfter(today)) {
            problems.put("occurred-day", "mb_error_date_future");
        }
        typed.errors = inPageOrder(problems);
        if (problems.isEmpty()) {
            typed.activity = new StaffPageViews.Activity(
                    kind, description, minutes, day.atStartOfDay(LONDON).toInstant());
        }
        return typed;
    }

    /** What to send, or null when the form has errors. */
    public StaffPageViews.Activity activity() {
        return activity;
    }

    /** The same form with forum-service's refusal on its fields; a field the page does not have is said as a whole. */
    public ActivityForm refusedBy(ServiceRefusal refusal) {
        Map<String, String> problems = new LinkedHashMap<>();
        refusal.fields().forEach((field, code) -> {
            String id = SERVICE_FIELDS.get(field);
            if (id != null) {
                problems.putIfAbsent(id, wordsFor(field, code));
            }
        });
        if (problems.isEmpty()) {
            problems.put("kind", "mb_error_refused");
        }
        ActivityForm refused = new ActivityForm(values);
        refused.errors = inPageOrder(problems);
        return refused;
    }

    static String wordsFor(String field, String code) {
        return switch (field) {
            case "kind" -> "mb_error_kind";
            case "description" ->
                ProblemWords.missing(code) ? "mb_error_description_missing" : "mb_error_description_long";
            case "durationMinutes" -> "mb_error_duration";
            case "occurredAt" -> "mb_error_date";
            default -> "mb_error_refused";
        };
    }

    private static FormErrors inPageOrder(Map<String, String> problems) {
        FormErrors errors = new FormErrors();
        for (String id : SERVICE_FIELDS.values()) {
            if (problems.containsKey(id)) {
                errors.add(id, problems.get(id));
            }
        }
        return errors;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.has(field);
    }

    /** The MembersMsg key of the field's problem. */
    public String error(String field) {
        return errors.get(field);
    }

    public FormErrors getErrors() {
        return errors;
    }
}
