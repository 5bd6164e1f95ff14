package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Suggested themes of a closed consultation's free-text answers, asked for and decided by staff (real PostgreSQL, Kafka). */
@QuarkusTest
class ThemeSuggestionsTest {

    /** Answers to q2 from the labelled demo set: three clear themes in English, and two answers in Welsh. */
    private static final List<String> ANSWERS = List.of(
            "Make sure people on benefits are not worse off. Simple as that.",
            "Worried about my pension credit. Does being paid affect pension credit? Please say in the policy.",
            "I'm on ESA and scared that payments look like work and trigger a benefits reassessment.",
            "A letter I can show the benefits office explaining the payment would really help.",
            "If I have to pay for the train myself I just won't come.",
            "Advance payment for travel would help me. I don't drive and the train is expensive.",
            "Book the taxi and the train tickets for us in advance so we do not spend our own money on travel.",
            "Give us the choice of vouchers, bank transfer or cheque.",
            "Supermarket vouchers are no use to me. Make them vouchers you can spend anywhere.",
            "PayPal or a bank transfer would be easiest for me, vouchers are fine for others.",
            "Mae'r ffurflenni yn rhy gymhleth. Plis gwnewch nhw'n symlach ac ar gael yn Gymraeg.",
            "Talu o fewn wythnos, os gwelwch yn dda. Mae mis yn rhy hir i aros.");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final List<String> members = new ArrayList<>();

    private String closedWithAnswers(String title) {
        return closedWithAnswers(title, ANSWERS, 0);
    }

    /** The first {@code notQuoted} answers are given by members who did not agree to be quoted. */
    private String closedWithAnswers(String title, List<String> answers, int notQuoted) {
        String id = Fixture.openForAWhile(title);
        for (int i = 0; i < answers.size(); i++) {
            String member = UUID.randomUUID().toString();
            Fixture.memberIdJoined(bootstrapServers, member, "\"CARER\"", "ANONYMOUS", null);
            members.add(member);
        }
        for (String member : members) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(Fixture.staff())
                            .get("/api/consultations/member-snapshots/" + member)
                            .then()
                            .statusCode(200));
        }
        for (int i = 0; i < answers.size(); i++) {
            given().auth()
                    .oauth2(Fixture.staff())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "memberId",
                            members.get(i),
                            "provenance",
                            "PAPER",
                            "response",
                            Map.of(
                                    "attribution",
                                    i < notQuoted ? "NONE" : "ANONYMOUS",
                                    "answers",
                                    Map.of(
                                            "q1",
                                            3,
                                            "q2",
                                            answers.get(i),
                                            "q3",
                                            List.of("Offer an advocate"),
                                            "q4",
                                            "Partly"))))
                    .post("/api/consultations/" + id + "/responses/assisted")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + id + "/close")
                .then()
                .statusCode(200);
        return id;
    }

    private static JsonPath suggest(String id) {
        return given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + id + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private long rows(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from " + table)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void staffGetSuggestedThemesCoveringEveryAnswerWithWelshAnswersGroupedByTheirTerms() {
        String id = closedWithAnswers("Themes of payment answers");
        JsonPath run = suggest(id);

        assertThat(run.getInt("answers")).isEqualTo(ANSWERS.size());
        assertThat(run.getString("createdBy")).isEqualTo("sam");
        List<Map<String, Object>> suggestions = run.getList("suggestions");
        assertThat(suggestions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(suggestions.stream().mapToInt(s -> (Integer) s.get("size")).sum())
                .isEqualTo(ANSWERS.size());
        assertThat(run.getList("suggestions.status", String.class)).containsOnly("SUGGESTED");
        assertThat(run.getList("suggestions.label", String.class))
                .allSatisfy(label -> assertThat(label).isNotBlank());
        List<String> centralTexts = run.getList("suggestions.central.text.flatten()", String.class);
        assertThat(centralTexts)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(ANSWERS).contains(text));
        List<Map<String, Object>> welsh =
                suggestions.stream().filter(s -> "cy".equals(s.get("language"))).toList();
        assertThat(welsh)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("method")).isEqualTo("TERMS"));
        assertThat(welsh.stream().mapToInt(s -> (Integer) s.get("size")).sum()).isEqualTo(2);
        assertThat(suggestions.stream().filter(s -> "en".equals(s.get("language"))))
                .allSatisfy(s -> assertThat(s.get("method")).isEqualTo("EMBEDDING"));

        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(200)
                .body("id", equalTo(run.getString("id")));
    }

    @Test
    void anAcceptedSuggestionBecomesAKeyPointMarkedSuggestedWithTheSameEventAsOneMadeByHand() {
        String id = closedWithAnswers("Accepting a theme");
        JsonPath run = suggest(id);
        String suggestion = run.getString("suggestions[0].id");
        int size = run.getInt("suggestions[0].size");

        JsonPath keyPoint = given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Protect people's benefits"))
                .post("/api/consultations/" + id + "/theme-suggestions/" + suggestion + "/accept")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(keyPoint.getString("text")).isEqualTo("Protect people's benefits");
        assertThat(keyPoint.getList("inputs")).hasSize(size);
        assertThat(keyPoint.getString("provenance.origin")).isEqualTo("SUGGESTED");
        assertThat(keyPoint.getString("provenance.suggestionRunId")).isEqualTo(run.getString("id"));
        assertThat(keyPoint.getString("provenance.by")).isEqualTo("sam");

        String byHand = given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Made by hand", "inputs", List.of(keyPoint.getString("inputs[0].inputId"))))
                .post("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(201)
                .body("provenance.origin", equalTo("STAFF"))
                .body("provenance.by", equalTo("sam"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(200)
                .body(
                        "find { it.id == '%s' }.provenance.origin".formatted(keyPoint.getString("id")),
                        equalTo("SUGGESTED"))
                .body("find { it.id == '%s' }.provenance.origin".formatted(byHand), equalTo("STAFF"));

        ConsumerRecord<String, String> event = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.keypoint.v1",
                r -> r.value().contains(keyPoint.getString("id")),
                Duration.ofSeconds(20));
        assertThat(event.value())
                .contains("\"type\":\"created\"")
                .doesNotContain("provenance")
                .doesNotContain(run.getString("id"))
                .doesNotContain("Simple as that");

        JsonPath after = given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getString("suggestions[0].status")).isEqualTo("ACCEPTED");
        assertThat(after.getString("suggestions[0].keyPointId")).isEqualTo(keyPoint.getString("id"));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/consultations/" + id + "/theme-suggestions/" + suggestion + "/accept")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("suggestion_decided"));
    }

    @Test
    void staffEditMergeAndRejectSuggestions() {
        String id = closedWithAnswers("Editing themes");
        JsonPath run = suggest(id);
        String first = run.getString("suggestions[0].id");
        String second = run.getString("suggestions[1].id");
        int sizes = run.getInt("suggestions[0].size") + run.getInt("suggestions[1].size");
        String base = "/api/consultations/" + id + "/theme-suggestions/";

        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Pay travel up front"))
                .put(base + first)
                .then()
                .statusCode(200)
                .body("suggestions[0].label", equalTo("Pay travel up front"));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("with", first))
                .post(base + first + "/merge")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("with"))
                .body("errors[0].code", equalTo("same_suggestion"));
        JsonPath merged = given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("with", second))
                .post(base + first + "/merge")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(merged.getInt("suggestions[0].size")).isEqualTo(sizes);
        assertThat(merged.getString("suggestions[1].status")).isEqualTo("MERGED");
        assertThat(merged.getString("suggestions[1].mergedInto")).isEqualTo(first);
        assertThat(merged.getInt("suggestions[1].size")).isZero();

        String third = run.getString("suggestions[2].id");
        given().auth()
                .oauth2(Fixture.staff())
                .post(base + third + "/reject")
                .then()
                .statusCode(200)
                .body("suggestions[2].status", equalTo("REJECTED"))
                .body("suggestions[2].decidedBy", equalTo("sam"));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Too late"))
                .put(base + third)
                .then()
                .statusCode(409)
                .body("code", equalTo("suggestion_decided"));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("label", " "))
                .put(base + first)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Fixture.staff())
                .post(base + UUID.randomUUID() + "/reject")
                .then()
                .statusCode(404)
                .body("code", equalTo("unknown_suggestion"));
    }

    @Test
    void anErasedMembersWordsLeaveTheSuggestedPhrasesAndLabels() {
        List<String> answers = new ArrayList<>(List.of(
                "Zebrafinch vouchers would suit me, zebrafinch vouchers are what I use.",
                "Zebrafinch vouchers please, nothing else works for me."));
        answers.addAll(ANSWERS);
        String id = closedWithAnswers("Themes after an erasure", answers, 2);
        JsonPath before = suggest(id);
        assertThat(before.getList("suggestions.phrases.flatten()", String.class))
                .anySatisfy(phrase -> assertThat(phrase).containsIgnoringCase("zebrafinch"));

        for (String member : members.subList(0, 2)) {
            EventSender.send(bootstrapServers, "forum.member.v1", member, """
                    {"eventId":"%s","type":"erased","version":1,"occurredAt":"%s","aggregateId":"%s",
                     "payload":{"memberId":"%s","erasedAt":"%s"}}""".formatted(
                            UUID.randomUUID(), Instant.now(), member, member, Instant.now()));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = given().auth()
                    .oauth2(Fixture.staff())
                    .get("/api/consultations/" + id + "/questions/q2/theme-suggestions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(after.getList("suggestions.phrases.flatten()", String.class))
                    .noneSatisfy(phrase -> assertThat(phrase).containsIgnoringCase("zebrafinch"));
            assertThat(after.getList("suggestions.label", String.class))
                    .noneSatisfy(label -> assertThat(label).containsIgnoringCase("zebrafinch"));
            assertThat(after.getList("suggestions.central.text.flatten()", String.class))
                    .noneSatisfy(text -> assertThat(text).containsIgnoringCase("zebrafinch"));
            assertThat(after.getList("suggestions.phrases.flatten()", String.class))
                    .isNotEmpty();
        });
    }

    @Test
    void suggestionsAreRefusedWithANamedReasonAndNothingStored() {
        String open = Fixture.openForAWhile("Still open for themes");
        long runs = rows("theme_run");
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + open + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("consultation_not_closed"));
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + open + "/close")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + open + "/questions/q1/theme-suggestions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not_free_text"));
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + open + "/questions/nope/theme-suggestions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown_question"));
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + open + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("too_few_answers"));
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + UUID.randomUUID() + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .post("/api/consultations/" + open + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(403);
        given().post("/api/consultations/" + open + "/questions/q2/theme-suggestions")
                .then()
                .statusCode(401);
        assertThat(rows("theme_run")).isEqualTo(runs);
    }
}
