package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the account and staff pages read from forum-service. */
public final class ForumViews {

    private ForumViews() {}

    /** One version of the member's consent; {@code channel} (how it was made) only in the consent history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(
            int version,
            String quote,
            boolean contactByEmail,
            boolean useInStatistics,
            Instant changedAt,
            String channel) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentHistory(Consent current, List<Consent> history) {}

    /**
     * One inbox message as forum-service stores it: a message key and its parameters, which the inbox words in the
     * reader's language ({@code inboxNotice.html}, {@code InboxMsg}); {@code title} and {@code body} are forum's
     * English, shown only for a key the gateway does not know (or a message stored before keys, {@code legacy}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @io.quarkus.qute.TemplateData // read by the untyped include inboxNotice.html, its methods with arguments too
    public record Notification(
            UUID id,
            String kind,
            String key,
            java.util.Map<String, String> params,
            String title,
            String body,
            UUID consultationId,
            Instant createdAt) {

        public String param(String name) {
            return params == null ? null : params.get(name);
        }

        /** An instant parameter (ISO), for the page to word as a day in its language; null if absent or unreadable. */
        public Instant instant(String name) {
            String value = param(name);
            try {
                return value == null ? null : Instant.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        /** The moderation reason codes a quote notice carries, in order. */
        public List<String> reasons() {
            String value = param("reasons");
            return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
        }
    }

    /** An application to join, decided or not (staff). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Application(
            UUID id,
            String displayName,
            String why,
            List<String> perspectives,
            String region,
            String status,
            String decisionReason,
            Instant submittedAt,
            Instant decidedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code keepInvitingAsUsual}: invited as usual even after saying twice it was not worth their time. */
    public record Contact(
            String digest, Integer maxInvitationsPerMonth, String quietUntil, Boolean keepInvitingAsUsual) {

        public Contact(String digest, Integer maxInvitationsPerMonth, String quietUntil) {
            this(digest, maxInvitationsPerMonth, quietUntil, null);
        }
    }

    /**
     * A member's profile as forum-service shows it (its {@code MemberView}): to the member themself ({@code contact}) or
     * to staff, with the accessibility needs to plan formats and the membership.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(
            UUID memberId,
            String displayName,
            List<String> perspectives,
            String region,
            List<String> accessibilityNeeds,
            String accessibilityOther,
            Contact contact,
            Membership membership) {

        public boolean has(String value) {
            return perspectives.contains(value) || accessibilityNeeds.contains(value);
        }

        public boolean active() {
            return membership == null || "ACTIVE".equals(membership.status());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(
            String status,
            Instant joinedAt,
            Instant leftAt,
            java.time.LocalDate termStart,
            java.time.LocalDate termEnd,
            java.time.LocalDate ceasedOn,
            String position) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(
            UUID id,
            UUID memberId,
            String type,
            java.math.BigDecimal amount,
            String description,
            String status,
            String decisionReason,
            Instant submittedAt,
            UUID activityId) {

        public String member() {
            return memberId.toString().substring(0, 8);
        }

        public String pounds() {
            return amount == null
                    ? ""
                    : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** The signed-in person's own latest application to join, with the decision and its reason once made. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyApplication(
            UUID id, String status, String decisionReason, Instant submittedAt, Instant decidedAt) {}
}
