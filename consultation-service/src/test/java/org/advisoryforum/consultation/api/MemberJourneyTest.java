package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberJourneyTest {

    @Test
    void aMemberSavesPartlyResumesSubmitsAmendsAndWithdraws() {
        String id = Fixture.openForAWhile("Member journey");

        Fixture.save("priya", id, Map.of("answers", Map.of("q2", "A standard accessible summary template.")))
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        // resumed later, on another device: what was saved is there
        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(200)
                .body("answers.questionKey", hasItem("q2"))
                .body(
                        "answers.find { it.questionKey == 'q2' }.value",
                        equalTo("A standard accessible summary template."));

        // required questions are enforced only at submit, and named
        Fixture.submit("priya", id)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("answers.q1", "answers.q3", "answers.q4"))
                .body("errors.field", not(hasItem("answers.q5")))
                // pages choose their words by this code, never by the message
                .body("errors.find { it.field == 'answers.q1' }.code", equalTo("required"));

        Fixture.save(
                        "priya",
                        id,
                        Map.of("answers", Map.of("q1", 3, "q3", List.of("Explain decisions in writing"), "q4", "No")))
                .statusCode(200);
        // q5 is asked because q4 is "No", so it is now required
        Fixture.submit("priya", id).statusCode(400).body("errors.field", hasItem("answers.q5"));
        Fixture.save("priya", id, Map.of("answers", Map.of("q5", "What happens when the worker is on leave.")))
                .statusCode(200);
        Fixture.submit("priya", id).statusCode(200).body("status", equalTo("SUBMITTED"));
        Fixture.submit("priya", id).statusCode(409);

        // amending keeps it submitted; an amendment that breaks a required answer is refused
        Fixture.save("priya", id, Map.of("answers", Map.of("q4", "Partly")))
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("answers.questionKey", not(hasItem("q5")));
        Map<String, Object> clearing = new HashMap<>();
        clearing.put("q1", null);
        Fixture.save("priya", id, Map.of("answers", clearing))
                .statusCode(400)
                .body("errors.field", hasItem("answers.q1"));

        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .delete("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("answers", hasSize(0));
    }

    @Test
    void submittingAfterTheConsultationClosesIsRefused() {
        String id = Fixture.open("Closes soon", Instant.now().plus(Duration.ofSeconds(6)));
        Fixture.save("tom", id, Fixture.completeAnswers("Documents that work with a screen reader."))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().get("/api/consultations/" + id).then().body("status", equalTo("CLOSED")));
        Fixture.submit("tom", id).statusCode(409).contentType("application/problem+json");
        Fixture.save("tom", id, Fixture.completeAnswers("changed")).statusCode(409);
        given().auth()
                .oauth2(Tokens.accessToken("tom"))
                .delete("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(409);
    }

    @Test
    void attributionDefaultsToNoQuotingWithoutAConsentAndCanBeChosen() {
        String id = Fixture.openForAWhile("Attribution choice");
        Fixture.save("grace", id, Map.of("answers", Map.of("q1", 2)))
                .statusCode(200)
                .body("attribution", equalTo("NONE"));
        Fixture.save("grace", id, Map.of("attribution", "ANONYMOUS"))
                .statusCode(200)
                .body("attribution", equalTo("ANONYMOUS"));
    }

    @Test
    void aMemberCanLinkAnEarlierAnswerInsteadOfRetypingIt() {
        String first = Fixture.openForAWhile("Said it first here");
        Fixture.save("david", first, Fixture.completeAnswers("Large print, and a phone call after the letter."))
                .statusCode(200);
        Fixture.submit("david", first).statusCode(200);

        String earlierAnswer = given().auth()
                .oauth2(Tokens.accessToken("david"))
                .get("/api/consultations/my-answers")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.value == 'Large print, and a phone call after the letter.' }.answerId");

        String second = Fixture.openForAWhile("Said it before");
        Fixture.save(
                        "david",
                        second,
                        Map.of(
                                "answers",
                                Map.of("q1", 4, "q3", List.of("Offer an advocate"), "q4", "Yes"),
                                "linkedAnswers",
                                Map.of("q2", earlierAnswer)))
                .statusCode(200)
                .body("answers.find { it.questionKey == 'q2' }.linkedAnswerId", equalTo(earlierAnswer))
                .body("answers.find { it.questionKey == 'q2' }.value", nullValue());
        Fixture.submit("david", second).statusCode(200);

        // someone else's answer cannot be linked
        Fixture.save("amara", second, Map.of("linkedAnswers", Map.of("q2", earlierAnswer)))
                .statusCode(400)
                .body("errors.field", hasItem("linkedAnswers.q2"));
    }

    @Test
    void simultaneousSavesNeverFailWithAServerError() throws Exception {
        String id = Fixture.openForAWhile("Saved twice at once");
        String token = Tokens.accessToken("amara");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int scale = 1 + i % 5;
                saves.add(pool.submit(() -> given().auth()
                        .oauth2(token)
                        .contentType(io.restassured.http.ContentType.JSON)
                        .body(Map.of("answers", Map.of("q1", scale)))
                        .put("/api/consultations/" + id + "/responses/me")
                        .then()
                        .extract()
                        .statusCode()));
            }
            for (java.util.concurrent.Future<Integer> save : saves) {
                org.assertj.core.api.Assertions.assertThat(save.get()).isIn(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth()
                .oauth2(token)
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(200);
    }
}
