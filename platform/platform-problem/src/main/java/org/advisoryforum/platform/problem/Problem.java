package org.advisoryforum.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details; {@code errors} names each offending field, each with a machine-readable {@code code}
 * (for example {@code not_blank}, {@code size}, {@code control_character}, {@code date_out_of_range}) that pages
 * turn into words in either language. {@code code} at the top level names a reason that belongs to no one field
 * ({@code malformed_json}, {@code unauthorized}, {@code uri_too_long}, ...).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, null, errors);
    }

    public record FieldError(String field, String message, String code) {

        /** A field error without a more specific reason is {@code invalid}. */
        public FieldError(String field, String message) {
            this(field, message, "invalid");
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem of(int status, String title, String detail, String code) {
        return new Problem("about:blank", title, status, detail, code, List.of());
    }
}
