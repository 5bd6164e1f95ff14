package org.advisoryforum.gateway.web.moderation;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;

/**
 * A staff moderation form read into the service's decision. A redaction is given either as the exact words to remove
 * (every place they appear is removed, turned into code-point offsets here, because the service counts Unicode code
 * points and a browser's text does not) or as the first and last character to remove, counting from 1. What the form
 * cannot be turned into, and what the service refuses, become field errors whose keys are in {@link ModerationMsg}.
 */
public final class ModerationForm {

    public static final List<String> REASONS =
            List.of("NAMES_THIRD_PARTY", "IDENTIFIES_AUTHOR", "PERSONAL_DETAILS", "OFFENSIVE", "OFF_TOPIC", "LEGAL");
    public static final List<String> DECISIONS = List.of("APPROVE", "REDACT", "REJECT");

    /** The service's refusal codes a page words itself (feedback-tracking-service README, Moderation). */
    static final Set<String> REFUSALS =
            Set.of("required", "not_after_start", "beyond_text", "overlapping", "removes_everything", "not_allowed");

    private final String decision;
    private final String words;
    private final String first;
    private final String last;
    private final String spanReason;
    private final String reason;

    private ModerationForm(String decision, String words, String first, String last, String spanReason, String reason) {
        this.decision = decision;
        this.words = words;
        this.first = first;
        this.last = last;
        this.spanReason = spanReason;
        this.reason = reason;
    }

    public static ModerationForm of(MultivaluedMap<String, String> form) {
        return new ModerationForm(
                trim(form.getFirst("decision")),
                form.getFirst("words"),
                trim(form.getFirst("first")),
                trim(form.getFirst("last")),
                trim(form.getFirst("spanReason")),
                trim(form.getFirst("reason")));
    }

    public static ModerationForm empty() {
        return new ModerationForm(null, null, null, null, null, null);
    }

    /** The decision to send for these words, or the form's problems added to errors (then null). */
    public Requests.Moderation decisionFor(String text, FormErrors errors) {
        if (decision == null || !DECISIONS.contains(decision)) {
            errors.add("decision", "moderation_error_decision");
            return null;
        }
        return switch (decision) {
            case "APPROVE" -> new Requests.Moderation("APPROVE", null, null);
            case "REJECT" -> {
                if (reason == null || !REASONS.contains(reason)) {
                    errors.add("reason", "moderation_error_reason");
                    yield null;
                }
                yield new Requests.Moderation("REJECT", null, reason);
            }
            default -> redaction(text, errors);
        };
    }

    private Requests.Moderation redaction(String text, FormErrors errors) {
        List<Requests.ModerationSpan> spans = new ArrayList<>();
        boolean byWords = words != null && !words.isBlank();
        if (spanReason == null || !REASONS.contains(spanReason)) {
            errors.add("spanReason", "moderation_error_span_reason");
        }
        if (byWords) {
            List<int[]> found = occurrences(text, words.strip());
            if (found.isEmpty()) {
                errors.add("words", "moderation_error_words_not_found");
            }
            found.forEach(s -> spans.add(new Requests.ModerationSpan(s[0], s[1], spanReason)));
        } else if (first != null || last != null) {
            Integer from = position(first);
            Integer to = position(last);
            if (from == null) {
                errors.add("first", "moderation_error_position");
            }
            if (to == null) {
                errors.add("last", "moderation_error_position");
            }
            if (from != null && to != null) {
                // the service's span is [start, end): the first character counted from 1 starts at from - 1
                spans.add(new Requests.ModerationSpan(from - 1, to, spanReason));
            }
        } else {
            errors.add("words", "moderation_error_span");
        }
        return errors.isEmpty() ? new Requests.Moderation("REDACT", spans, null) : null;
    }

    /**
     * Every place the words appear in the text, not overlapping, as code-point offsets [start, end). Matching is
     * exact (case and spacing), so staff remove what they see, not something alike.
     */
    static List<int[]> occurrences(String text, String words) {
        List<int[]> spans = new ArrayList<>();
        if (text == null || words.isEmpty()) {
            return spans;
        }
        int at = text.indexOf(words);
        while (at >= 0) {
            int start = text.codePointCount(0, at);
            int end = start + words.codePointCount(0, words.length());
            spans.add(new int[] {start, end});
            at = text.indexOf(words, at + words.length());
        }
        return spans;
    }

    private static Integer position(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n >= 1 ? n : null;
    }

    /** The service's refusal as this form's field errors: a span's problem marks the field the span came from. */
    void refused(ServiceRefusal refusal, FormErrors errors) {
        for (Map.Entry<String, String> field : refusal.fields().entrySet()) {
            String key = "moderation_refused_"
                    + (field.getValue() != null && REFUSALS.contains(field.getValue()) ? field.getValue() : "invalid");
            if (field.getKey().startsWith("redactions")) {
                boolean byPosition = (words == null || words.isBlank()) && (first != null || last != null);
                errors.add(byPosition ? (field.getKey().endsWith(".end") ? "last" : "first") : "words", key);
            } else if (field.getKey().equals("reason")) {
                errors.add("reason", key);
            } else {
                errors.add("decision", key);
            }
        }
        if (errors.isEmpty()) {
            errors.add(
                    "decision", refusal.status() == 409 ? "moderation_refused_conflict" : "moderation_refused_invalid");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getDecision() {
        return decision;
    }

    public String getWords() {
        return words;
    }

    public String getFirst() {
        return first;
    }

    public String getLast() {
        return last;
    }

    public String getSpanReason() {
        return spanReason;
    }

    public String getReason() {
        return reason;
    }
}
