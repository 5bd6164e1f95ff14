package org.advisoryforum.platform.problem;

import java.util.List;

/** A refusal the domain can name: conflicts with the current state, unknown things, invalid input it checks itself. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
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
        return new ProblemException(400, "Invalid request", "The request has an invalid field: " + field,
                List.of(new Problem.FieldError(field, message)));
    }

    /** An invalid field with a machine-readable reason, e.g. {@code invalidField("termEnd", "before_start", "must be after termStart")}. */
    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(400, "Invalid request", "The request has an invalid field: " + field,
                List.of(new Problem.FieldError(field, message, code)));
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }
}
