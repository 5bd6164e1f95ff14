package org.advisoryforum.gateway.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused a call (4xx): its status, the machine-readable {@code code} of its problem+json and the code of
 * each field it named. Pages choose their words from these codes, never from the service's (English) text.
 */
public class ServiceRefusal extends RuntimeException {

    /** One field the service named, with the reason's code ({@code required}, {@code size}, {@code invalid}, ...). */
    public record FieldProblem(String field, String code) {}

    private final int status;
    private final String code;
    private final List<FieldProblem> errors;

    public ServiceRefusal(int status, String code, List<FieldProblem> errors) {
        super("a service refused the call: " + status + (code == null ? "" : " " + code), null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** The problem's own code (null when it named only fields). */
    public String code() {
        return code;
    }

    public boolean is(int status, String code) {
        return this.status == status && code.equals(this.code);
    }

    /** Field to the code of its first problem, in the service's order. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.forEach(e -> fields.putIfAbsent(e.field(), e.code()));
        return fields;
    }

    /** A refusal a form can explain: bad input (400, 422) or a change no longer allowed (409). */
    public boolean isFormProblem() {
        return status == 400 || status == 409 || status == 422;
    }
}
