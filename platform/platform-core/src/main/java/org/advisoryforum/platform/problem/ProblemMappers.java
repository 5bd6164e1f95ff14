package org.advisoryforum.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.advisoryforum.platform.json.RefusedInput;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service returns is RFC 9457 problem+json that names the field at fault where there is one,
 * and never carries a stack trace or internal message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a caller should wait before trying a request refused with 503 again. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage(), constraintCode(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields =
                errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return ProblemResponses.of(new Problem(
                "about:blank", "Invalid request", 400, "The request has invalid fields: " + fields, errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String field = duplicate.group(1);
            return ProblemResponses.of(new Problem(
                    "about:blank",
                    "Invalid request",
                    400,
                    "The request gives this field more than once: " + field,
                    "duplicate_key",
                    List.of(new Problem.FieldError(field, "is given more than once", "duplicate_key"))));
        }
        return ProblemResponses.of(
                Problem.of(400, "Malformed JSON", "The request body is not valid JSON.", "malformed_json"));
    }

    /** Any failure of the JSON parser, including limits of its stream constraints (too deep, too long a number). */
    @ServerExceptionMapper
    public Response unreadableStream(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return unreadableJson(parse);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping);
        }
        return ProblemResponses.of(
                Problem.of(400, "Malformed JSON", "The request body is not valid JSON.", "malformed_json"));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return fieldProblem(
                e,
                invalidValueMessage(e),
                e.getTargetType() != null && e.getTargetType().isEnum() ? "unknown_value" : "invalid_format");
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e) {
        return fieldProblem(e, "has an invalid value", "invalid_value");
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        if (e instanceof RefusedInput refused) {
            return fieldProblem(e, refused.fieldMessage(), refused.code());
        }
        if (e instanceof InvalidNullException) {
            return fieldProblem(e, "must not be null", "null_item");
        }
        if (e instanceof InvalidFormatException format) {
            return invalidFormat(format);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return valueInstantiation(instantiation);
        }
        if (e instanceof MismatchedInputException) {
            return fieldProblem(e, "has the wrong type", "wrong_type");
        }
        return fieldProblem(e, "could not be read", "unreadable");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return unreadableStream(json);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        String detail = status == 404 ? "Nothing was found at this address." : title;
        return ProblemResponses.of(Problem.of(status, title, detail, statusCode(status)));
    }

    /** No token, or one that could not be verified: 401 with the Bearer challenge, as problem+json. */
    @ServerExceptionMapper({
        io.quarkus.security.UnauthorizedException.class,
        io.quarkus.security.AuthenticationFailedException.class
    })
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(ProblemResponses.of(HttpProblems.unauthorized()))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** A caller whose token lacks the role. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ProblemResponses.of(
                Problem.of(403, "Forbidden", "Your account is not allowed to do this.", "forbidden"));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (Conflicts.isConcurrentConflict(e)) {
            // two requests raced for the same thing (for example two applications at once): one of them won;
            // an expected refusal, so one line and no stack trace
            LOG.debugf(
                    "refused a write that raced with another one: %s",
                    e.getClass().getName());
            return ProblemResponses.of(Problem.of(
                    409,
                    "Conflict",
                    "This conflicts with something that already exists, perhaps created a moment ago. Reload and try again.",
                    "concurrent_change"));
        }
        if (Unavailability.isDatabaseUnavailable(e)) {
            // PostgreSQL is down or restarting: the caller may retry, and nothing was written (the transaction
            // did not commit, or its commit was never acknowledged to us and so not to the caller either)
            LOG.warnf("the database is unavailable; answered 503 (%s)", Unavailability.reason(e));
            return ProblemResponses.retryAfter(
                    Problem.of(
                            503,
                            "Service Unavailable",
                            "The service cannot reach its database just now. Nothing was changed; please try again in a few seconds.",
                            "database_unavailable"),
                    RETRY_AFTER_SECONDS);
        }
        LOG.error("unexpected error while handling a request", e);
        return ProblemResponses.of(Problem.of(
                500,
                "Internal Server Error",
                "Something went wrong on our side. Nothing was changed; please try again."));
    }

    private static Response fieldProblem(JsonMappingException e, String message, String code) {
        String field = jsonPath(e);
        String detail = field.isEmpty()
                ? "The request body does not have the expected shape."
                : "The request has an invalid field: " + field;
        List<Problem.FieldError> errors =
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message, code));
        return ProblemResponses.of(
                new Problem("about:blank", "Invalid request", 400, detail, field.isEmpty() ? code : null, errors));
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    /** The constraint that failed, in snake case: {@code NotBlank} is {@code not_blank}, {@code Size} is {@code size}. */
    static String constraintCode(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor() == null
                ? "Invalid"
                : violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A code for a status without a more specific reason: 404 is {@code not_found}, 415 {@code unsupported_media_type}. */
    static String statusCode(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String phrase = type != null ? type.getReasonPhrase() : "error";
        return phrase.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static String invalidValueMessage(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "has an invalid value" + (target != null ? " (expected " + target.getSimpleName() + ")" : "");
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "create.request.title" (method.parameter.field) becomes "title". */
    static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length > 2) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
