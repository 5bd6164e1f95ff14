package org.advisoryforum.gateway.web.meetings;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.MeetingViews;
import org.advisoryforum.gateway.client.ServiceRefusal;

/**
 * The staff forms of a meeting (schedule, minutes) as posted: the values to show again and, per field, the MeetingsMsg
 * key saying what is wrong. The service judges the request; this only turns the form into it and its codes into words.
 */
public final class MeetingForm {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int AGENDA_ROWS = 3;
    static final int ACTION_ROWS = 3;
    private static final Set<String> CODES = Set.of(
            "in_past",
            "before_start",
            "too_long",
            "required_for_format",
            "not_https",
            "needs_consultation",
            "before_meeting");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    static MeetingForm empty() {
        MeetingForm form = new MeetingForm();
        form.values.put("format", "IN_PERSON");
        return form;
    }

    static MeetingForm of(MultivaluedMap<String, String> posted) {
        MeetingForm form = new MeetingForm();
        posted.forEach((key, list) -> {
            if (!"csrf".equals(key) && list != null && !list.isEmpty() && list.getFirst() != null) {
                form.values.put(key, list.getFirst().strip());
            }
        });
        return form;
    }

    /** The name of a field of a numbered row, e.g. agenda0Title. */
    public String name(String prefix, int row, String suffix) {
        return prefix + row + suffix;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The MeetingsMsg key of the problem with the field. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** Each field in error with the MeetingsMsg key saying why, in the order found. */
    public List<Map.Entry<String, String>> problems() {
        return List.copyOf(errors.entrySet());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<String> getFormats() {
        return List.of("IN_PERSON", "ONLINE", "HYBRID");
    }

    public List<Integer> agendaRows() {
        return rows(AGENDA_ROWS);
    }

    public List<Integer> actionRows() {
        return rows(ACTION_ROWS);
    }

    private static List<Integer> rows(int n) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i);
        }
        return rows;
    }

    /** The schedule request, or null (with errors) when the day or times cannot be read. */
    MeetingViews.Schedule schedule() {
        LocalDate day = null;
        LocalTime starts = null;
        LocalTime ends = null;
        try {
            day = LocalDate.of(
                    Integer.parseInt(value("year")), Integer.parseInt(value("month")), Integer.parseInt(value("day")));
            starts = LocalTime.parse(pad(value("startTime")));
            ends = LocalTime.parse(pad(value("endTime")));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put("day", "mt_problem_date");
        }
        Integer capacity = null;
        if (!value("capacity").isEmpty()) {
            try {
                capacity = Integer.parseInt(value("capacity"));
            } catch (NumberFormatException e) {
                errors.put("capacity", "mt_problem_other");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<MeetingViews.Agenda> agenda = new ArrayList<>();
        for (int i = 0; i < AGENDA_ROWS; i++) {
            String title = value("agenda" + i + "Title");
            if (title.isEmpty()) {
                continue;
            }
            String consultation = value("agenda" + i + "Consultation");
            UUID consultationId = null;
            try {
                consultationId = consultation.isEmpty() ? null : UUID.fromString(consultation);
            } catch (IllegalArgumentException e) {
                errors.put("agenda" + i + "Consultation", "mt_problem_other");
            }
            agenda.add(new MeetingViews.Agenda(title, consultationId, blankToNull(value("agenda" + i + "Section"))));
        }
        String payment = value("payment").replaceFirst("^£\\s*", "");
        return errors.isEmpty()
                ? new MeetingViews.Schedule(
                        blankToNull(value("title")),
                        day.atTime(starts).atZone(LONDON).toInstant(),
                        day.atTime(ends).atZone(LONDON).toInstant(),
                        value("format"),
                        blankToNull(value("place")),
                        blankToNull(value("joiningLink")),
                        blankToNull(value("accessibility")),
                        capacity,
                        payment.isEmpty() ? null : payment,
                        agenda)
                : null;
    }

    /** The minutes request, or null (with errors) when a due date cannot be read. */
    MeetingViews.Minutes minutes() {
        List<MeetingViews.ActionPoint> points = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            String what = value("action" + i + "What");
            String owner = value("action" + i + "Owner");
            String due = value("action" + i + "Due");
            if (what.isEmpty() && owner.isEmpty() && due.isEmpty()) {
                continue;
            }
            LocalDate dueDate = null;
            try {
                dueDate = due.isEmpty() ? null : LocalDate.parse(due);
            } catch (DateTimeException e) {
                errors.put("action" + i + "Due", "mt_problem_other");
            }
            points.add(new MeetingViews.ActionPoint(blankToNull(what), blankToNull(owner), dueDate));
        }
        return errors.isEmpty() ? new MeetingViews.Minutes(blankToNull(value("summary")), points) : null;
    }

    /** The service's field codes as this form's fields and words. */
    void refused(ServiceRefusal refused) {
        refused.fields()
                .forEach((field, code) ->
                        errors.put(formField(field), CODES.contains(code) ? "mt_problem_" + code : "mt_problem_other"));
        if (errors.isEmpty()) {
            errors.put("form", "mt_problem_conflict");
        }
    }

    /** startsAt and endsAt are the day and times; agenda[1].sectionKey is agenda1Section; actionPoints[0].dueDate... */
    static String formField(String field) {
        if (field.equals("startsAt") || field.equals("endsAt")) {
            return field.equals("startsAt") ? "day" : "endTime";
        }
        var agenda =
                java.util.regex.Pattern.compile("agenda\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (agenda.matches()) {
            return "agenda" + agenda.group(1)
                    + switch (agenda.group(2)) {
                        case "sectionKey" -> "Section";
                        case "consultationId" -> "Consultation";
                        default -> "Title";
                    };
        }
        var action = java.util.regex.Pattern.compile("actionPoints\\[(\\d+)]\\.(\\w+)")
                .matcher(field);
        if (action.matches()) {
            return "action" + action.group(1)
                    + switch (action.group(2)) {
                        case "dueDate" -> "Due";
                        case "owner" -> "Owner";
                        default -> "What";
                    };
        }
        return field;
    }

    private static String pad(String time) {
        return time.matches("\\d:\\d\\d") ? "0" + time : time;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
