package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the account and staff pages read from forum-service. */
public final class ForumViews {

    private ForumViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(int version, String quote, boolean contactByEmail, boolean useInStatistics, Instant changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentHistory(Consent current, List<Consent> history) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notification(UUID id, String kind, String title, String body, UUID consultationId, Instant createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Application(UUID id, String displayName, String why, List<String> perspectives, String region,
                              String status, Instant submittedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code keepInvitingAsUsual}: invited as usual even after saying twice it was not worth their time. */
    public record Contact(String digest, Integer maxInvitationsPerMonth, String quietUntil, Boolean keepInvitingAsUsual) {

        public Contact(String digest, Integer maxInvitationsPerMonth, String quietUntil) {
            this(digest, maxInvitationsPerMonth, quietUntil, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(UUID memberId, String displayName, List<String> perspectives, String region,
                          List<String> accessibilityNeeds, String accessibilityOther, Contact contact) {

        public boolean has(String value) {
            return perspectives.contains(value) || accessibilityNeeds.contains(value);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(UUID id, UUID memberId, String type, java.math.BigDecimal amount, String description,
                        String status, String decisionReason, Instant submittedAt, UUID activityId) {

        public String member() {
            return memberId.toString().substring(0, 8);
        }

        public String pounds() {
            return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** The signed-in person's own latest application to join, with the decision and its reason once made. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyApplication(UUID id, String status, String decisionReason, Instant submittedAt, Instant decidedAt) {
    }
}
