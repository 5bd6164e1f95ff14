package org.advisoryforum.gateway.web.account;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.ProblemWords;

/**
 * The profile page as the member filled it in: what they typed is shown back as typed, and every problem is found on
 * the first submit, each named by the page's field id with the key of its words in {@link MemberMsg}, in the order
 * the fields appear. The gateway checks only what it must read (a whole number, a real date); forum-service checks
 * the rest, and its refusals are turned into the same field ids by their codes, never by its English text.
 */
public record ProfileForm(ForumViews.Member profile, String limit, QuietPeriodField quiet, FormErrors errors) {

    /** The page's fields in the order they appear, each with the service's field name and its words by code. */
    private static final Map<String, String> SERVICE_FIELDS = new LinkedHashMap<>();

    static {
        SERVICE_FIELDS.put("displayName", "displayName");
        SERVICE_FIELDS.put("perspectives", "perspective-0");
        SERVICE_FIELDS.put("region", "region");
        SERVICE_FIELDS.put("accessibilityNeeds", "need-0");
        SERVICE_FIELDS.put("contact.digest", "digest-0");
        SERVICE_FIELDS.put("contact.maxInvitationsPerMonth", "maxInvitationsPerMonth");
        SERVICE_FIELDS.put("contact.quietUntil", "quietUntil-day");
    }

    public static ProfileForm of(ForumViews.Member current) {
        Integer max = current.contact() == null ? null : current.contact().maxInvitationsPerMonth();
        return new ProfileForm(
                current,
                max == null ? "" : max.toString(),
                QuietPeriodField.of(
                        current.contact() == null ? null : current.contact().quietUntil()),
                new FormErrors());
    }

    /** The posted form, checked for what the gateway must read before it can ask the service. */
    public static ProfileForm posted(ForumViews.Member current, MultivaluedMap<String, String> form, LocalDate today) {
        String limit = strip(form.getFirst("maxInvitationsPerMonth"));
        QuietPeriodField quiet = QuietPeriodField.from(form, today);
        String digest = "DAILY".equals(form.getFirst("digest")) ? "DAILY" : "WEEKLY";
        ForumViews.Member typed = new ForumViews.Member(
                current.memberId(),
                strip(form.getFirst("displayName")),
                listOf(form, "perspectives"),
                form.getFirst("region"),
                listOf(form, "accessibilityNeeds"),
                current.accessibilityOther(),
                new ForumViews.Contact(digest, null, null),
                current.membership());
        Map<String, String> problems = new LinkedHashMap<>();
        if (typed.displayName().isEmpty()) {
            problems.put("displayName", "mp_profile_error_name_missing");
        } else if (typed.displayName().length() > 100) {
            problems.put("displayName", "mp_profile_error_name_long");
        }
        if (typed.perspectives().isEmpty()) {
            problems.put("perspective-0", "mp_profile_error_perspectives");
        }
        if (!limit.isEmpty() && !limit.matches("\\d{1,6}")) {
            problems.put("maxInvitationsPerMonth", "mp_profile_error_limit_number");
        } else if (!limit.isEmpty() && Integer.parseInt(limit) > 31) {
            problems.put("maxInvitationsPerMonth", "mp_profile_error_limit_range");
        }
        if (quiet.hasError()) {
            problems.put(
                    "quietUntil-day", "past".equals(quiet.error()) ? "mp_quiet_error_past" : "mp_quiet_error_invalid");
        }
        return new ProfileForm(typed, limit, quiet, inPageOrder(problems));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Requests.Profile request() {
        return new Requests.Profile(
                profile.displayName(),
                profile.perspectives(),
                profile.region(),
                profile.accessibilityNeeds(),
                profile.accessibilityOther(),
                new Requests.Profile.Contact(
                        profile.contact().digest(),
                        limit.isEmpty() ? null : limit,
                        quiet.isSet() ? quiet.date() : null));
    }

    /** The same form with forum-service's refusal on its fields; a field the page does not have is said as a whole. */
    public ProfileForm refusedBy(ServiceRefusal refusal) {
        Map<String, String> problems = new LinkedHashMap<>();
        refusal.fields().forEach((field, code) -> problems.put(fieldId(field), wordsFor(field, code)));
        if (problems.isEmpty()) {
            problems.put("displayName", "mp_profile_error_refused");
        }
        return new ProfileForm(profile, limit, quiet, inPageOrder(problems));
    }

    private static String fieldId(String serviceField) {
        String field = serviceField.replaceAll("\\[\\d+]$", "");
        return SERVICE_FIELDS.getOrDefault(field, "displayName");
    }

    private static String wordsFor(String serviceField, String code) {
        String field = serviceField.replaceAll("\\[\\d+]$", "");
        return switch (field) {
            case "displayName" ->
                ProblemWords.missing(code) ? "mp_profile_error_name_missing" : "mp_profile_error_name_long";
            case "perspectives" -> "mp_profile_error_perspectives";
            case "region" -> "mp_profile_error_region";
            case "contact.maxInvitationsPerMonth" -> "mp_profile_error_limit_range";
            case "contact.quietUntil" -> "mp_quiet_error_past";
            default -> "mp_profile_error_refused";
        };
    }

    private static FormErrors inPageOrder(Map<String, String> problems) {
        FormErrors errors = new FormErrors();
        for (String fieldId : SERVICE_FIELDS.values()) {
            if (problems.containsKey(fieldId)) {
                errors.add(fieldId, problems.get(fieldId));
            }
        }
        return errors;
    }

    private static List<String> listOf(MultivaluedMap<String, String> form, String name) {
        return form.get(name) == null ? List.of() : List.copyOf(form.get(name));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
