package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the staff pages for members, invitation rounds, applications, safeguarding and dead letters read and send
 * (web.members, web.safeguarding, web.deadletters): forum-service's and tracking's payloads as the pages need them.
 */
public final class StaffPageViews {

    private StaffPageViews() {}

    /** POST /api/forum/members/{id}/activities. */
    public record Activity(String kind, String description, Integer durationMinutes, Instant occurredAt) {}

    /** A published consultation's invitation round with its counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Round(
            UUID consultationId,
            String title,
            String audience,
            Instant closesAt,
            Instant receivedAt,
            String status,
            long invited,
            long heldBack) {}

    /** A member who was not messaged for a round, and why (OVER_LIMIT, QUIET_PERIOD). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeldBack(UUID memberId, String displayName, String reason) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoundDetail(Round round, List<HeldBack> heldBack) {}

    /** An event a service could not process: which consumer, the error, and its replay if any. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetter(
            long id, String consumer, String reason, Instant receivedAt, Instant replayedAt, String replayedBy) {}

    /** A replayed dead letter: applied says whether its effect ran now or was already there. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Replayed(DeadLetter deadLetter, boolean applied) {}

    /** A flagged answer or comment, for the role safeguarding only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SafeguardingFlag(
            UUID id,
            UUID inputId,
            UUID consultationId,
            UUID responseId,
            UUID memberId,
            String kind,
            String questionKey,
            String sectionKey,
            String words,
            String concern,
            String flaggedBy,
            Instant flaggedAt) {}

    /** FLAGGED (with flagId) or LISTED, by whom and when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SafeguardingAudit(String event, UUID flagId, String actor, Instant at) {}

    /** POST /api/tracking/safeguarding/flags. */
    public record Flag(UUID inputId, String concern) {}

    /** Tracking's view of a consultation: the response clock (outcome due by, overdue since, published). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tracked(
            UUID id,
            String title,
            String status,
            Instant closesAt,
            Instant closedAt,
            LocalDate outcomeDueBy,
            LocalDate overdueSince,
            Instant outcomePublishedAt) {}

    /** PUT /api/tracking/consultations/{id}/outcome-due. */
    public record OutcomeDue(LocalDate outcomeDueBy) {}

    /** What shows an action was carried out: a draft change, a published document and/or a description. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(DraftChange draftChange, String documentUrl, String description) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftChange(int fromVersion, int toVersion, String sectionKey, String change) {}

    /** From an action back to its key points and the answers and comments behind them (text only where quotable). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trace(
            UUID actionId, UUID consultationId, String description, String status, List<TraceKeyPoint> keyPoints) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TraceKeyPoint(UUID id, String text, List<TraceInput> inputs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TraceInput(
            String kind,
            UUID inputId,
            UUID responseId,
            UUID memberId,
            String questionKey,
            String sectionKey,
            List<String> perspectives,
            String text) {}
}
