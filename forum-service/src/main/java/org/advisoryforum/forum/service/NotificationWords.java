package org.advisoryforum.forum.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.advisoryforum.forum.config.ForumZone;
import org.advisoryforum.forum.domain.Notification;

/**
 * The message keys a notification is stored as, their parameters, and their English words. The gateway words the
 * same keys in the reader's language (its inbox bundle, English and Welsh); these English words serve the e-mail
 * digest (forum-service does not know a member's language) and API clients that do not word keys themselves.
 */
public final class NotificationWords {

    /** {@code consultationTitle}, {@code closesAt} (ISO instant, may be absent) */
    public static final String INVITATION = "invitation";
    /** {@code meetingTitle}, {@code startsAt} (ISO instant) */
    public static final String MEETING_INVITATION = "meeting_invitation";
    /** {@code status} (the action's status constant), {@code summary} (the action's description, may be absent) */
    public static final String ACTION_UPDATE = "action_update";
    /** {@code reasons}: moderation reason codes, comma-separated (may be empty) */
    public static final String QUOTE_REJECTED = "quote_rejected";
    /** {@code reasons}: moderation reason codes, comma-separated (may be empty) */
    public static final String QUOTE_REDACTED = "quote_redacted";
    /** {@code actionId}, {@code summary} (the action's description, may be absent), {@code reviewDate} (ISO date) */
    public static final String DIFFERENCE_ASKED = "difference_asked";

    /** the reasons of feedback-tracking-service's fixed moderation list, worded for the author */
    static final Map<String, String> REASONS = Map.of(
            "NAMES_THIRD_PARTY", "it names someone else",
            "IDENTIFIES_AUTHOR", "it could identify you",
            "PERSONAL_DETAILS", "it gives personal details",
            "OFFENSIVE", "it uses offensive language",
            "OFF_TOPIC", "it is not about this consultation",
            "LEGAL", "it cannot be published for legal reasons");

    /** An English title and body. */
    public record English(String title, String body) {}

    private NotificationWords() {}

    public static English english(Notification n) {
        Map<String, String> p = n.params;
        return switch (n.messageKey) {
            case INVITATION ->
                new English(
                        "You are invited to take part: " + p.getOrDefault("consultationTitle", ""),
                        "A new consultation is open"
                                + (day(p.get("closesAt")) == null ? "" : " until " + day(p.get("closesAt")))
                                + ". Your view would help.");
            case MEETING_INVITATION ->
                new English(
                        "You are invited to a forum meeting: " + p.getOrDefault("meetingTitle", ""),
                        "The meeting is on "
                                + Objects.requireNonNullElse(dayAndTime(p.get("startsAt")), "a day to be confirmed")
                                + ". Tell us whether you can come and what you need to take part.");
            case ACTION_UPDATE ->
                new English(
                        "Something you said has moved on",
                        (p.get("summary") == null ? "An action linked to your answer" : p.get("summary"))
                                + " has a new status. See what became of it in your impact on the forum website.");
            case QUOTE_REJECTED ->
                new English(
                        "Your words were not quoted",
                        "Staff did not use what you wrote as a public quote" + because(p.get("reasons"))
                                + " Your answer still counts in what the forum said.");
            case QUOTE_REDACTED ->
                new English(
                        "Part of your words was removed",
                        "Staff removed part of what you wrote before quoting it" + because(p.get("reasons"))
                                + " The public page shows where words were removed.");
            case DIFFERENCE_ASKED ->
                new English(
                        "Did it make a difference?",
                        "You took part in what led to this: " + p.getOrDefault("summary", "an action")
                                + ". Now it is time to review it: tell us whether it made a difference.");
            default -> new English(Objects.requireNonNullElse(n.title, ""), Objects.requireNonNullElse(n.body, ""));
        };
    }

    private static String because(String reasons) {
        String why = reasons == null
                ? ""
                : Arrays.stream(reasons.split(","))
                        .map(REASONS::get)
                        .filter(Objects::nonNull)
                        .distinct()
                        .collect(Collectors.joining(", and "));
        return why.isEmpty() ? "." : " because " + why + ".";
    }

    private static String day(String instant) {
        Instant at = instant(instant);
        return at == null ? null : ForumZone.day(at);
    }

    private static String dayAndTime(String instant) {
        Instant at = instant(instant);
        return at == null ? null : ForumZone.dayAndTime(at);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
