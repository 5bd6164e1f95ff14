package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sample tracking.outcome.v1 and consultation.response.v1 events, in the shapes their producers agreed. */
public final class TrackingOutcomeEvents {

    private TrackingOutcomeEvents() {}

    public static String actionStatusChanged(UUID actionId, UUID consultationId, List<UUID> memberIds) {
        String members = memberIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return """
                {"eventId":"%s","type":"action-status-changed","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"actionId":"%s","consultationId":"%s","status":"IMPLEMENTED","memberIds":[%s],
                 "changedAt":"%s","summary":"We now pay travel costs on the day, as you asked.","keyPointIds":[]}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), actionId, actionId, consultationId, members, Instant.now());
    }

    /** tracking's quote-moderated: decision REDACTED or REJECTED, reasons as codes; never the words */
    public static String quoteModerated(UUID consultationId, UUID memberId, String decision, List<String> reasons) {
        String codes = reasons.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        UUID inputId = UUID.randomUUID();
        return """
                {"eventId":"%s","type":"quote-moderated","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"inputId":"%s","consultationId":"%s","memberId":"%s","decision":"%s","reasons":[%s],
                 "decidedAt":"%s"}}
                """.formatted(
                        UUID.randomUUID(),
                        Instant.now(),
                        consultationId,
                        inputId,
                        consultationId,
                        memberId,
                        decision,
                        codes,
                        Instant.now());
    }

    public static String responseSubmitted(UUID eventId, UUID consultationId, UUID responseId, UUID memberId) {
        return """
                {"eventId":"%s","type":"submitted","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"consultationId":"%s","responseId":"%s","memberId":"%s","submittedAt":"%s",
                 "attribution":"ANONYMOUS","answers":[]}}
                """.formatted(eventId, Instant.now(), responseId, consultationId, responseId, memberId, Instant.now());
    }

    public static String responseWithdrawn(UUID consultationId, UUID responseId, UUID memberId) {
        return """
                {"eventId":"%s","type":"withdrawn","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"consultationId":"%s","responseId":"%s","memberId":"%s"}}
                """.formatted(UUID.randomUUID(), Instant.now(), responseId, consultationId, responseId, memberId);
    }

    /** tracking's difference-asked: an action's review date came; the members behind it are to be asked */
    public static String differenceAsked(UUID actionId, UUID consultationId, List<UUID> memberIds) {
        String members = memberIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return """
                {"eventId":"%s","type":"difference-asked","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"actionId":"%s","consultationId":"%s","reviewDate":"2026-11-30","memberIds":[%s],
                 "askedAt":"%s","summary":"We now pay travel costs on the day, as you asked."}}
                """.formatted(
                UUID.randomUUID(), Instant.now(), consultationId, actionId, consultationId, members, Instant.now());
    }
}
