package org.advisoryforum.gateway.web.page;

import jakarta.ws.rs.core.MultivaluedMap;

/** A posted field as typed, without surrounding spaces; empty when it was not sent. */
public final class FormValues {

    private FormValues() {}

    public static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
