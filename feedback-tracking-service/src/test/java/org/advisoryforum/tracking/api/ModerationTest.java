package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.advisoryforum.tracking.support.Scenario;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Moderation before anything is quoted: consented words wait in a queue until staff approve, redact or reject them;
 * until then no public page, export, feed or event carries them. Safeguarding flags are for the role safeguarding only.
 */
@QuarkusTest
class ModerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.accessToken("sam")).contentType("application/json");
    }

    private static String subject(String username) {
        return Tokens.claims(Tokens.accessToken(username)).path("sub").asText();
    }

    private static String page(FullConsultation c) {
        return "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
    }

    private static List<String> quotesOn(FullConsultation c) {
        return given().get(page(c))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("youSaid.quotes.flatten().text", String.class);
    }

    private static List<String> publicBodies(FullConsultation c) {
        List<String> bodies = new ArrayList<>();
        bodies.add(given().get(page(c)).then().statusCode(200).extract().asString());
        bodies.add(given().get("/api/tracking/impact").asString());
        bodies.add(given().get("/api/tracking/export/outcomes.json").asString());
        bodies.add(given().get("/api/tracking/export/outcomes.csv").asString());
        bodies.add(given().get("/api/tracking/feed.atom").asString());
        bodies.add(
                given().get("/api/tracking/consultations/" + c.consultationId()).asString());
        return bodies;
    }

    private static void decide(UUID inputId, Map<String, Object> decision) {
        staff().body(decision)
                .post("/api/tracking/moderation/" + inputId + "/decision")
                .then()
                .statusCode(200);
    }

    private FullConsultation published() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActionsWithoutModeration(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        return c;
    }

    @Test
    void anUnmoderatedQuoteNeverReachesAPublicPageExportFeedOrEvent() {
        FullConsultation c = published();
        List<String> consented = List.of(
                FullConsultation.AMARA_Q2,
                FullConsultation.AMARA_COMMENT,
                FullConsultation.DAVID_Q2,
                FullConsultation.DAVID_Q4,
                FullConsultation.PRIYA_Q2,
                FullConsultation.PRIYA_Q4,
                FullConsultation.GRACE_Q4);

        // every answer and comment whose author allowed quoting waits in the queue, and only those
        List<String> queued = staff().queryParam("consultationId", c.consultationId())
                .get("/api/tracking/moderation")
                .then()
                .statusCode(200)
                .body("status", not(hasItem(not(equalTo("PENDING")))))
                .extract()
                .jsonPath()
                .getList("text", String.class);
        assertThat(queued).containsExactlyInAnyOrderElementsOf(consented);

        assertThat(quotesOn(c)).isEmpty();
        for (String body : publicBodies(c)) {
            for (String words : consented) {
                assertThat(body).doesNotContain(words);
            }
        }
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> r.value().contains(c.notAdopted.toString()),
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> events =
                KafkaTopicReader.readAll(bootstrapServers, "tracking.outcome.v1", Duration.ofSeconds(3));
        assertThat(events).anyMatch(r -> r.key().equals(c.consultationId().toString()));
        for (ConsumerRecord<String, String> event : events) {
            for (String words : consented) {
                assertThat(event.value()).doesNotContain(words);
            }
        }

        // once approved, the words are shown, and leave the queue
        decide(c.david.input("q2").id(), Map.of("decision", "APPROVE"));
        assertThat(quotesOn(c)).containsExactly(FullConsultation.DAVID_Q2);
        staff().queryParam("consultationId", c.consultationId())
                .get("/api/tracking/moderation")
                .then()
                .body("$", hasSize(consented.size() - 1))
                .body("inputId", not(hasItem(c.david.input("q2").id().toString())));
    }

    @Test
    void aRedactionShowsTheMarkerWithItsReasonIsLoggedWithWhoAndWhenAndTellsTheAuthorWithoutTheWords()
            throws Exception {
        FullConsultation c = published();
        UUID inputId = c.david.input("q4").id();
        String words = FullConsultation.DAVID_Q4; // "Every new worker asks me the same questions about my son."
        int start = words.indexOf(" about my son");
        int end = words.length() - 1;

        decide(
                inputId,
                Map.of(
                        "decision",
                        "REDACT",
                        "redactions",
                        List.of(Map.of("start", start, "end", end, "reason", "NAMES_THIRD_PARTY"))));

        String shown = "Every new worker asks me the same questions[removed: names a third party].";
        given().get(page(c))
                .then()
                .statusCode(200)
                .body("youSaid.quotes.flatten().text", hasItem(shown))
                .body(
                        "youSaid.quotes.flatten().find { it.text == '" + shown + "' }.parts",
                        equalTo(List.of(
                                Map.of("text", "Every new worker asks me the same questions"),
                                Map.of("removed", "NAMES_THIRD_PARTY"),
                                Map.of("text", "."))));
        for (String body : publicBodies(c)) {
            assertThat(body).doesNotContain("about my son");
        }

        String sam = subject("sam");
        staff().get("/api/tracking/moderation/" + inputId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REDACTED"))
                .body("text", equalTo(words))
                .body("publicText", equalTo(shown))
                .body("decidedBy", equalTo(sam))
                .body("history", hasSize(1))
                .body("history[0].decision", equalTo("REDACTED"))
                .body("history[0].redactions", equalTo(start + "-" + end + ":NAMES_THIRD_PARTY"))
                .body("history[0].decidedBy", equalTo(sam));

        ConsumerRecord<String, String> told = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> r.value().contains("quote-moderated") && r.value().contains(inputId.toString()),
                Duration.ofSeconds(30));
        assertThat(told.key()).isEqualTo(c.consultationId().toString());
        JsonNode payload = JSON.readTree(told.value()).path("payload");
        assertThat(payload.path("memberId").asText())
                .isEqualTo(c.david.memberId().toString());
        assertThat(payload.path("decision").asText()).isEqualTo("REDACTED");
        assertThat(payload.path("reasons").toString()).isEqualTo("[\"NAMES_THIRD_PARTY\"]");
        assertThat(told.value())
                .doesNotContain("my son")
                .doesNotContain("Every new worker")
                .doesNotContainPattern("\\bsam\\b");
    }

    @Test
    void aRejectedQuoteNeverAppearsAndItsAuthorIsToldWhy() throws Exception {
        FullConsultation c = published();
        c.approveQuotes(Tokens.accessToken("sam"));
        assertThat(quotesOn(c)).contains(FullConsultation.PRIYA_Q2);
        UUID inputId = c.priya.input("q2").id();

        decide(inputId, Map.of("decision", "REJECT", "reason", "OFF_TOPIC"));

        assertThat(quotesOn(c)).doesNotContain(FullConsultation.PRIYA_Q2).contains(FullConsultation.PRIYA_Q4);
        for (String body : publicBodies(c)) {
            assertThat(body).doesNotContain(FullConsultation.PRIYA_Q2);
        }
        staff().get("/api/tracking/moderation/" + inputId)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("OFF_TOPIC"))
                .body("publicText", equalTo(null))
                .body("history.decision", equalTo(List.of("APPROVED", "REJECTED")));
        ConsumerRecord<String, String> told = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> r.value().contains("quote-moderated") && r.value().contains(inputId.toString()),
                Duration.ofSeconds(30));
        JsonNode payload = JSON.readTree(told.value()).path("payload");
        assertThat(payload.path("decision").asText()).isEqualTo("REJECTED");
        assertThat(payload.path("reasons").toString()).isEqualTo("[\"OFF_TOPIC\"]");
        assertThat(told.value()).doesNotContain(FullConsultation.PRIYA_Q2);
    }

    @Test
    void amendedWordsGoBackToTheQueueWhileUnchangedWordsKeepTheirDecision() {
        FullConsultation c = published();
        c.approveQuotes(Tokens.accessToken("sam"));
        assertThat(quotesOn(c)).contains(FullConsultation.DAVID_Q2, FullConsultation.DAVID_Q4);

        String amended = "Large print, a phone call after the letter, and an easy read version.";
        c.events.amend(
                c.david,
                new Scenario.Input(c.david.input("q2").id(), "q2", "FREE_TEXT", "information", amended),
                c.david.input("q4"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(quotesOn(c))
                        .doesNotContain(FullConsultation.DAVID_Q2)
                        .contains(FullConsultation.DAVID_Q4));
        assertThat(quotesOn(c)).doesNotContain(amended);
        staff().queryParam("consultationId", c.consultationId())
                .get("/api/tracking/moderation")
                .then()
                .body("text", equalTo(List.of(amended)));
    }

    @Test
    void badDecisionsAreRefusedWithProblemJsonNamingTheFieldAndChangeNothing() {
        FullConsultation c = published();
        UUID inputId = c.amara.input("q2").id(); // "Use short words and one page." (29 characters)
        String path = "/api/tracking/moderation/" + inputId + "/decision";
        long logged = db.count("select count(*) from moderation_decision where input_id = ?1", inputId);

        staff().body(Map.of("decision", "REDACT"))
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("redactions"))
                .body("errors[0].code", equalTo("required"));
        staff().body(Map.of(
                        "decision",
                        "REDACT",
                        "redactions",
                        List.of(Map.of("start", 4, "end", 4, "reason", "OFFENSIVE"))))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("redactions[0].end"))
                .body("errors[0].code", equalTo("not_after_start"));
        staff().body(Map.of(
                        "decision",
                        "REDACT",
                        "redactions",
                        List.of(Map.of("start", 4, "end", 30, "reason", "OFFENSIVE"))))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("redactions[0].end"))
                .body("errors[0].code", equalTo("beyond_text"));
        staff().body(Map.of(
                        "decision",
                        "REDACT",
                        "redactions",
                        List.of(
                                Map.of("start", 10, "end", 15, "reason", "OFFENSIVE"),
                                Map.of("start", 0, "end", 11, "reason", "LEGAL"))))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("redactions[0].start"))
                .body("errors[0].code", equalTo("overlapping"));
        staff().body(Map.of(
                        "decision", "REDACT", "redactions", List.of(Map.of("start", 0, "end", 29, "reason", "LEGAL"))))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("removes_everything"));
        staff().body(Map.of(
                        "decision", "REDACT", "redactions", List.of(Map.of("start", 0, "end", 3, "reason", "RUDE"))))
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        staff().body(Map.of("decision", "REJECT"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].code", equalTo("required"));
        staff().body(Map.of("decision", "APPROVE", "reason", "LEGAL"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].code", equalTo("not_allowed"));
        staff().body(Map.of("decision", "MAYBE"))
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        staff().body(Map.of("decision", "APPROVE"))
                .post("/api/tracking/moderation/" + UUID.randomUUID() + "/decision")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // words that never travelled (Tom did not allow quoting) are not in moderation at all
        staff().body(Map.of("decision", "APPROVE"))
                .post("/api/tracking/moderation/" + c.tom.input("q2").id() + "/decision")
                .then()
                .statusCode(404);

        staff().get("/api/tracking/moderation/" + inputId)
                .then()
                .body("status", equalTo("PENDING"))
                .body("redactions", hasSize(0));
        assertThat(db.count("select count(*) from moderation_decision where input_id = ?1", inputId))
                .isEqualTo(logged);
        assertThat(db.count("select count(*) from quote_redaction where input_id = ?1", inputId))
                .isZero();
    }

    @Test
    void safeguardingFlagsAreReadOnlyByTheSafeguardingRoleNeverPublicAndAudited() {
        FullConsultation c = published();
        String concern = "Mentions being left alone without care " + UUID.randomUUID();
        // any answer, quotable or not
        String flagId = staff().body(Map.of("inputId", c.tom.input("q2").id(), "concern", concern))
                .post("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(201)
                .body("flaggedBy", equalTo(subject("sam")))
                .extract()
                .path("id");

        given().get("/api/tracking/safeguarding/flags").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .get("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("nia"))
                .contentType("application/json")
                .body(Map.of("inputId", c.tom.input("q2").id(), "concern", "x"))
                .post("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(Tokens.accessToken("nia"))
                .get("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + flagId + "' }.concern", equalTo(concern))
                .body(
                        "find { it.id == '" + flagId + "' }.memberId",
                        equalTo(c.tom.memberId().toString()))
                .body("find { it.id == '" + flagId + "' }.questionKey", equalTo("q2"));
        String nia = subject("nia");
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .get("/api/tracking/safeguarding/audit")
                .then()
                .statusCode(200)
                .body("find { it.flagId == '" + flagId + "' }.event", equalTo("FLAGGED"))
                .body("find { it.flagId == '" + flagId + "' }.actor", equalTo(subject("sam")))
                .body("findAll { it.event == 'LISTED' }.actor", hasItem(nia));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/safeguarding/audit")
                .then()
                .statusCode(403);

        for (String body : publicBodies(c)) {
            assertThat(body).doesNotContain(concern).doesNotContain(flagId);
        }
        assertThat(KafkaTopicReader.readAll(bootstrapServers, "tracking.outcome.v1", Duration.ofSeconds(2)))
                .noneMatch(r -> r.value().contains(concern) || r.value().contains(flagId));

        staff().body(Map.of("inputId", UUID.randomUUID(), "concern", concern))
                .post("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("inputId"))
                .body("errors[0].code", equalTo("unknown_input"));
        staff().body(Map.of("inputId", c.tom.input("q2").id(), "concern", " "))
                .post("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("concern"));
    }
}
