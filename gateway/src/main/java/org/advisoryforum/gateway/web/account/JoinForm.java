package org.advisoryforum.gateway.web.account;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.Requests;

/** An application to join as typed, kept as typed so that a refused form shows it again. */
public record JoinForm(
        String displayName,
        String why,
        List<String> perspectives,
        String region,
        List<String> accessibilityNeeds,
        String accessibilityOther,
        String contactByEmail) {

    /** The fields in the order of the form; a refusal naming none of them is reported against the first. */
    static final List<String> FIELDS = List.of(
            "displayName",
            "why",
            "perspectives",
            "region",
            "accessibilityNeeds",
            "accessibilityOther",
            "contactByEmail");

    static JoinForm empty() {
        return new JoinForm("", "", List.of(), "", List.of(), "", "");
    }

    static JoinForm from(MultivaluedMap<String, String> form) {
        return new JoinForm(
                text(form, "displayName"),
                text(form, "why"),
                list(form, "perspectives"),
                text(form, "region"),
                list(form, "accessibilityNeeds"),
                text(form, "accessibilityOther"),
                text(form, "contactByEmail"));
    }

    public boolean has(String choice) {
        return perspectives.contains(choice) || accessibilityNeeds.contains(choice);
    }

    /** The request for forum-service; an unanswered e-mail question is sent as missing, for the service to name. */
    Requests.Application body() {
        return new Requests.Application(
                displayName,
                why,
                perspectives,
                region.isEmpty() ? null : region,
                accessibilityNeeds,
                accessibilityOther.isEmpty() ? null : accessibilityOther,
                contactByEmail.isEmpty() ? null : "yes".equals(contactByEmail));
    }

    /** field → message key, in the order of the form, from the service's problem+json fields. */
    static Map<String, String> errors(Map<String, String> serviceFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (serviceFields.keySet().stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "["))) {
                errors.put(field, "mp_join_error_" + field);
            }
        }
        if (errors.isEmpty()) {
            errors.put("displayName", "mp_join_error_other");
        }
        return errors;
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> list(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }
}
