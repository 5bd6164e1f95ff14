package org.advisoryforum.platform.problem;

import java.util.List;

/** A refusal the domain can name: conflicts with the current state, unknown things, invalid input it checks itself. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String code;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, null, errors);
    }

    private ProblemException(int status, String title, String detail, String code, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** A business rule refused the request: {@code code} names the rule for clients, {@code detail} for people. */
    public static ProblemException rule(int status, String code, String detail) {
        String title = switch (status) {
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Content";
            default -> "Refused";
        };
        return new ProblemException(status, title, detail, code, List.of());
    }

    /** The business rule that refused the request, if one did. */
    public String code() {
        return code;
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                400,
                "Invalid request",
                "The request has an invalid field: " + field,
                List.of(new Problem.FieldError(field, message)));
    }

    /** An invalid field with a machine-readable reason, e.g. {@code invalidField("termEnd", "before_start", "must be after termStart")}. */
    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(
                400,
                "Invalid request",
                "The request has an invalid field: " + field,
                List.of(new Problem.FieldError(field, message, code)));
    }

    /** Without a named rule, a refusal that names no field says its reason by its status ({@code conflict}, ...). */
    public Problem toProblem() {
        String reason = code != null || !errors.isEmpty() ? code : ProblemMappers.statusCode(status);
        return new Problem("about:blank", title, status, getMessage(), reason, errors);
    }
}
