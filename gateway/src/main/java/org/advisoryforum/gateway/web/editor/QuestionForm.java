package org.advisoryforum.gateway.web.editor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationDetail.Scale;
import org.advisoryforum.gateway.client.ConsultationDetail.ShowIf;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.FormValues;

/**
 * One question as typed into its form, kept as typed so that a refused form shows it again. Only the fields that
 * belong to the chosen type are sent (options for choices, the scale for a scale, a length for free text).
 */
public record QuestionForm(
        String type,
        String text,
        String section,
        boolean required,
        String maxLength,
        String options,
        String scaleMin,
        String scaleMax,
        String minLabel,
        String maxLabel,
        String showIfQuestion,
        String showIfEquals) {

    public static final List<String> TYPES = List.of("FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE");

    public static QuestionForm empty() {
        return new QuestionForm("", "", "", false, "", "", "", "", "", "", "", "");
    }

    public static QuestionForm of(Question q) {
        return new QuestionForm(
                q.type(),
                q.text(),
                orEmpty(q.section()),
                q.required(),
                q.maxLength() == null ? "" : q.maxLength().toString(),
                q.options() == null ? "" : String.join("\n", q.options()),
                q.scale() == null ? "" : Integer.toString(q.scale().min()),
                q.scale() == null ? "" : Integer.toString(q.scale().max()),
                q.scale() == null ? "" : orEmpty(q.scale().minLabel()),
                q.scale() == null ? "" : orEmpty(q.scale().maxLabel()),
                q.showIf() == null ? "" : q.showIf().question(),
                q.showIf() == null ? "" : q.showIf().equals());
    }

    public static QuestionForm from(MultivaluedMap<String, String> form) {
        return new QuestionForm(
                FormValues.value(form, "type"),
                FormValues.value(form, "text"),
                FormValues.value(form, "section"),
                "yes".equals(form.getFirst("required")),
                FormValues.value(form, "maxLength"),
                FormValues.value(form, "options"),
                FormValues.value(form, "scaleMin"),
                FormValues.value(form, "scaleMax"),
                FormValues.value(form, "minLabel"),
                FormValues.value(form, "maxLabel"),
                FormValues.value(form, "showIfQuestion"),
                FormValues.value(form, "showIfEquals"));
    }

    /** Numbers must be numbers and a type must be chosen before anything is sent; the service checks the rest. */
    public FormErrors check() {
        FormErrors errors = new FormErrors();
        if (!TYPES.contains(type)) {
            errors.add("type", "editor_error_type");
        }
        if ("FREE_TEXT".equals(type) && !maxLength.isBlank() && number(maxLength) == null) {
            errors.add("maxLength", "editor_error_max_length");
        }
        if ("SCALE".equals(type) && (number(scaleMin) == null || number(scaleMax) == null)) {
            errors.add("scaleMin", "editor_error_scale");
        }
        return errors;
    }

    /** Only after {@link #check()} found nothing wrong. */
    public Question toQuestion(String key) {
        boolean choice = type.endsWith("_CHOICE");
        return new Question(
                key,
                type,
                text,
                section.isBlank() ? null : section,
                required,
                "FREE_TEXT".equals(type) && !maxLength.isBlank() ? number(maxLength) : null,
                choice ? optionLines() : null,
                "SCALE".equals(type)
                        ? new Scale(number(scaleMin), number(scaleMax), blankToNull(minLabel), blankToNull(maxLabel))
                        : null,
                showIfQuestion.isBlank() ? null : new ShowIf(showIfQuestion, showIfEquals));
    }

    public boolean is(String candidateType) {
        return candidateType.equals(type);
    }

    /** The service names the question by its place in the list: questions[3].options and so on. */
    static FormErrors errors(ServiceRefusal refused) {
        FormErrors errors = new FormErrors();
        refused.fields().keySet().forEach(field -> {
            String part = field.replaceFirst("^questions\\[\\d+]\\.?", "");
            if (part.startsWith("text")) {
                errors.add("text", "editor_error_question_text");
            } else if (part.startsWith("type")) {
                errors.add("type", "editor_error_type");
            } else if (part.startsWith("section")) {
                errors.add("section", "editor_error_section");
            } else if (part.startsWith("maxLength")) {
                errors.add("maxLength", "editor_error_max_length");
            } else if (part.startsWith("options")) {
                errors.add("options", "editor_error_options");
            } else if (part.startsWith("scale")) {
                errors.add("scaleMin", "editor_error_scale");
            } else if (part.startsWith("showIf")) {
                errors.add("showIfQuestion", "editor_error_show_if");
            } else {
                errors.add("text", "editor_error_other");
            }
        });
        if (errors.isEmpty()) {
            errors.add("text", "editor_error_other");
        }
        return errors;
    }

    private List<String> optionLines() {
        return Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static Integer number(String value) {
        return value.strip().matches("-?\\d{1,6}") ? Integer.valueOf(value.strip()) : null;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
