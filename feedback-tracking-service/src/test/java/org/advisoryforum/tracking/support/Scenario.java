package org.advisoryforum.tracking.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;

/**
 * Sends the events of a consultation's life through the real broker, shaped as consultation-service and
 * forum-service publish them, and remembers every record so a test can deliver them all again.
 */
public class Scenario {

    public static final String LIFECYCLE = "consultation.lifecycle.v1";
    public static final String RESPONSE = "consultation.response.v1";
    public static final String KEY_POINT = "consultation.keypoint.v1";
    public static final String MEMBER = "forum.member.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    public final UUID consultationId = UUID.randomUUID();
    public final Instant closedAt = Instant.parse("2026-01-10T17:00:00Z");
    private final String bootstrapServers;
    private final List<Sent> sent = new ArrayList<>();
    private String title = "A consultation";

    public Scenario(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public record Sent(String topic, String key, UUID eventId, String record) {}

    /** An answer or comment of a response: questionType FREE_TEXT/SCALE/...; COMMENT for a section comment. */
    public record Input(UUID id, String questionKey, String questionType, String sectionKey, Object value) {
        public boolean isComment() {
            return "COMMENT".equals(questionType);
        }
    }

    public record Respondent(UUID memberId, UUID responseId, List<Input> inputs) {
        public Input input(String key) {
            return inputs.stream()
                    .filter(i -> key.equals(i.questionKey()) || key.equals(i.sectionKey()) && i.isComment())
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static Input answer(String questionKey, String questionType, String sectionKey, Object value) {
        return new Input(UUID.randomUUID(), questionKey, questionType, sectionKey, value);
    }

    public static Input comment(String sectionKey, String text) {
        return new Input(UUID.randomUUID(), null, "COMMENT", sectionKey, text);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<UUID> eventIds() {
        return sent.stream().map(Sent::eventId).toList();
    }

    public Scenario published(String title) {
        this.title = title;
        ObjectNode p = JSON.createObjectNode()
                .put("consultationId", consultationId.toString())
                .put("title", title)
                .put("summary", "s")
                .put("plainLanguageSummary", "In plain words")
                .put("kind", "GUIDANCE")
                .put("audience", "MEMBERS")
                .put("accountableTeam", "Policy and standards")
                .put("opensAt", "2025-12-01T09:00:00Z")
                .put("closesAt", closedAt.toString())
                .put("publishedAt", "2025-12-01T09:00:00Z");
        return send(LIFECYCLE, consultationId, "published", p);
    }

    public Scenario joined(UUID memberId, List<String> perspectives, String region, String quote, boolean statistics) {
        return joined(memberId, perspectives, region, quote, statistics, null);
    }

    /** Like forum-service, the forum display name travels only with consent NAMED (pass null otherwise). */
    public Scenario joined(
            UUID memberId,
            List<String> perspectives,
            String region,
            String quote,
            boolean statistics,
            String displayName) {
        ObjectNode p = JSON.createObjectNode()
                .put("memberId", memberId.toString())
                .put("region", region)
                .put("joinedAt", Instant.now().toString())
                .put("displayName", displayName);
        p.set("perspectives", JSON.valueToTree(perspectives));
        p.putObject("consent").put("quote", quote).put("contactByEmail", true).put("useInStatistics", statistics);
        return send(MEMBER, memberId, "joined", p);
    }

    public Scenario consentChanged(UUID memberId, String quote, boolean statistics) {
        return consentChanged(memberId, quote, statistics, null);
    }

    public Scenario consentChanged(UUID memberId, String quote, boolean statistics, String displayName) {
        ObjectNode p = JSON.createObjectNode()
                .put("memberId", memberId.toString())
                .put("quote", quote)
                .put("contactByEmail", true)
                .put("useInStatistics", statistics)
                .put("consentVersion", 2)
                .put("changedAt", Instant.now().toString())
                .put("displayName", displayName);
        return send(MEMBER, memberId, "consent-changed", p);
    }

    public Scenario profileChanged(UUID memberId, List<String> perspectives, String region, String displayName) {
        ObjectNode p = JSON.createObjectNode()
                .put("memberId", memberId.toString())
                .put("region", region)
                .put("displayName", displayName);
        p.set("perspectives", JSON.valueToTree(perspectives));
        return send(MEMBER, memberId, "profile-changed", p);
    }

    public Scenario erased(UUID memberId) {
        return send(
                MEMBER,
                memberId,
                "erased",
                JSON.createObjectNode()
                        .put("memberId", memberId.toString())
                        .put("erasedAt", Instant.now().toString()));
    }

    /**
     * A submitted response. Like consultation-service, words travel only when attribution allows quoting.
     * consultation-service sends no name any more; a test may pass one to check that tracking never shows a name
     * a response carried (only the forum display name from forum.member.v1).
     */
    public Respondent respond(
            UUID memberId,
            List<String> perspectives,
            String region,
            boolean statistics,
            String attribution,
            String displayName,
            Input... inputs) {
        return response(
                "submitted",
                UUID.randomUUID(),
                memberId,
                perspectives,
                region,
                statistics,
                attribution,
                displayName,
                inputs);
    }

    /** an amended response: its inputs are now these */
    public Respondent amend(Respondent respondent, Input... inputs) {
        return response(
                "amended",
                respondent.responseId(),
                respondent.memberId(),
                List.of("CARER"),
                "WALES",
                true,
                "ANONYMOUS",
                null,
                inputs);
    }

    public Respondent response(
            String type,
            UUID responseId,
            UUID memberId,
            List<String> perspectives,
            String region,
            boolean statistics,
            String attribution,
            String displayName,
            Input... inputs) {
        boolean quotable = !"NONE".equals(attribution);
        ObjectNode p = JSON.createObjectNode()
                .put("consultationId", consultationId.toString())
                .put("responseId", responseId.toString())
                .put("memberId", memberId.toString())
                .put("region", region)
                .put("useInStatistics", statistics)
                .put("attribution", attribution)
                .put("provenance", "ONLINE")
                .put("submittedAt", closedAt.minus(3, ChronoUnit.DAYS).toString());
        if (displayName != null) {
            p.put("displayName", displayName);
        }
        p.set("perspectives", JSON.valueToTree(perspectives));
        ArrayNode answers = p.putArray("answers");
        ArrayNode comments = p.putArray("sectionComments");
        for (Input in : inputs) {
            boolean words = in.isComment() || "FREE_TEXT".equals(in.questionType());
            Object value = words && !quotable ? null : in.value();
            if (in.isComment()) {
                comments.addObject()
                        .put("commentId", in.id().toString())
                        .put("sectionKey", in.sectionKey())
                        .set("text", JSON.valueToTree(value));
            } else {
                answers.addObject()
                        .put("answerId", in.id().toString())
                        .put("questionKey", in.questionKey())
                        .put("questionType", in.questionType())
                        .put("sectionKey", in.sectionKey())
                        .put("saidBefore", false)
                        .set("value", JSON.valueToTree(value));
            }
        }
        send(RESPONSE, consultationId, type, p);
        return new Respondent(memberId, responseId, List.of(inputs));
    }

    public Scenario withdrawn(Respondent respondent) {
        return send(
                RESPONSE,
                consultationId,
                "withdrawn",
                JSON.createObjectNode()
                        .put("consultationId", consultationId.toString())
                        .put("responseId", respondent.responseId().toString())
                        .put("memberId", respondent.memberId().toString())
                        .put("withdrawnAt", Instant.now().toString()));
    }

    public Scenario closed() {
        return send(
                LIFECYCLE,
                consultationId,
                "closed",
                JSON.createObjectNode()
                        .put("consultationId", consultationId.toString())
                        .put("closedAt", closedAt.toString()));
    }

    /** a key point linking to inputs of respondents: pairs of (respondent, input) */
    public UUID keyPoint(String text, Object... respondentAndInput) {
        UUID id = UUID.randomUUID();
        ObjectNode p = JSON.createObjectNode()
                .put("id", id.toString())
                .put("consultationId", consultationId.toString())
                .put("text", text)
                .put("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        ArrayNode list = p.putArray("inputs");
        for (int i = 0; i < respondentAndInput.length; i += 2) {
            Respondent r = (Respondent) respondentAndInput[i];
            Input in = (Input) respondentAndInput[i + 1];
            list.addObject()
                    .put("kind", in.isComment() ? "COMMENT" : "ANSWER")
                    .put("inputId", in.id().toString())
                    .put("responseId", r.responseId().toString())
                    .put("memberId", r.memberId().toString())
                    .put("questionKey", in.questionKey())
                    .put("sectionKey", in.sectionKey());
        }
        p.putObject("voices").put("total", respondentAndInput.length / 2).putObject("byPerspective");
        send(KEY_POINT, consultationId, "created", p);
        return id;
    }

    /** draft v1 → v2; changes: triples of (sectionKey, textBefore, textAfter) */
    public Scenario revised(String... sectionBeforeAfter) {
        ObjectNode p = JSON.createObjectNode()
                .put("consultationId", consultationId.toString())
                .put("fromVersion", 1)
                .put("toVersion", 2)
                .put("note", "After the consultation")
                .put("revisedAt", Instant.now().toString());
        ArrayNode changes = p.putArray("changes");
        for (int i = 0; i < sectionBeforeAfter.length; i += 3) {
            changes.addObject()
                    .put("sectionKey", sectionBeforeAfter[i])
                    .put("change", "CHANGED")
                    .put("headingBefore", "Heading " + sectionBeforeAfter[i])
                    .put("headingAfter", "Heading " + sectionBeforeAfter[i])
                    .put("textBefore", sectionBeforeAfter[i + 1])
                    .put("textAfter", sectionBeforeAfter[i + 2]);
        }
        return send(LIFECYCLE, consultationId, "draft-revised", p);
    }

    public Scenario outcomePublished() {
        return send(
                LIFECYCLE,
                consultationId,
                "outcome-published",
                JSON.createObjectNode()
                        .put("consultationId", consultationId.toString())
                        .put("title", title)
                        .put("closedAt", closedAt.toString())
                        .put("outcomePublishedAt", "2026-02-20T12:00:00Z")
                        .put("responses", 5)
                        .put("keyPoints", 4));
    }

    /** delivers a record again, exactly as it was */
    public void redeliver(Sent record) {
        EventSender.send(bootstrapServers, record.topic(), record.key(), record.record());
    }

    private Scenario send(String topic, UUID key, String type, ObjectNode payload) {
        UUID eventId = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode()
                .put("eventId", eventId.toString())
                .put("type", type)
                .put("version", 1)
                .put("occurredAt", Instant.now().toString())
                .put("aggregateId", key.toString());
        envelope.set("payload", payload);
        String record = envelope.toString();
        EventSender.send(bootstrapServers, topic, key.toString(), record);
        sent.add(new Sent(topic, key.toString(), eventId, record));
        return this;
    }
}
