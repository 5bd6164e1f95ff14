package org.advisoryforum.gateway.web.page;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a posted form: for each field (by its id on the page) the key of the message in {@link Msg}
 * that says how to put it right. The first problem found for a field is the one shown.
 */
@TemplateData
public final class FormErrors {

    /** subject: what the message is about when the page has many alike fields (a question's text), else null. */
    @TemplateData
    public record Error(String field, String message, String subject) {}

    private final Map<String, Error> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey) {
        return add(field, messageKey, null);
    }

    public FormErrors add(String field, String messageKey, String subject) {
        byField.putIfAbsent(field, new Error(field, messageKey, subject));
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for this field. */
    public String get(String field) {
        Error error = byField.get(field);
        return error == null ? null : error.message();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<Error> getList() {
        return new ArrayList<>(byField.values());
    }
}
