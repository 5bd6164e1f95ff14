package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadAnswersTest {

    @Inject
    EntityManager entityManager;

    String id;

    @BeforeEach
    void openConsultation() {
        id = Fixture.openForAWhile("Bad answers");
    }

    long storedAnswers() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from answer a join response r on r.id = a.response_id where r.consultation_id = cast(:id as uuid)")
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue());
    }

    void refused(Map<String, Object> body, String field) {
        Fixture.save("amara", id, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        assertThat(storedAnswers()).isZero();
    }

    /** Pages choose their words (in English or Welsh) from the code, so each rule has its own. */
    void refused(Map<String, Object> body, String field, String code) {
        Fixture.save("amara", id, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
        assertThat(storedAnswers()).isZero();
    }

    @Test
    void aWrongTypeIsRefused() {
        refused(Map.of("answers", Map.of("q1", "very clear")), "answers.q1", "not_whole_number");
        refused(Map.of("answers", Map.of("q1", 2.5)), "answers.q1", "not_whole_number");
        refused(Map.of("answers", Map.of("q3", "Offer an advocate")), "answers.q3", "not_a_list");
        refused(Map.of("answers", Map.of("q2", 42)), "answers.q2", "not_text");
    }

    @Test
    void aValueOutsideTheScaleOrAChoiceNotOfferedIsRefused() {
        refused(Map.of("answers", Map.of("q1", 9)), "answers.q1", "out_of_range");
        refused(Map.of("answers", Map.of("q4", "Maybe")), "answers.q4", "not_an_option");
        refused(
                Map.of("answers", Map.of("q3", List.of("Offer an advocate", "Free parking"))),
                "answers.q3",
                "not_an_option");
    }

    @Test
    void textOverTheLimitIsRefused() {
        refused(Map.of("answers", Map.of("q2", "x".repeat(201))), "answers.q2", "too_long");
    }

    @Test
    void anUnknownQuestionOrSectionIsRefused() {
        refused(Map.of("answers", Map.of("q1", 3, "q99", "hello")), "answers.q99");
        refused(Map.of("sectionComments", Map.of("no-such-section", "hello")), "sectionComments.no-such-section");
    }

    @Test
    void malformedJsonIsRefused() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"q1\": ")
                .put("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.JSON)
                .body("{\"attribution\": \"LOUD\"}")
                .put("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attribution"));
        assertThat(storedAnswers()).isZero();
    }

    @Test
    void questionsCannotChangeInWaysThatInvalidateAnswers() {
        Fixture.save("amara", id, Fixture.completeAnswers("Short words.")).statusCode(200);
        List<Map<String, Object>> fewer = Fixture.QUESTIONS.subList(0, 4);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", fewer))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        List<Map<String, Object>> retyped = new java.util.ArrayList<>(Fixture.QUESTIONS);
        retyped.set(0, Map.of("key", "q1", "type", "FREE_TEXT", "required", true, "text", "Now free text"));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", retyped))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(409);
        List<Map<String, Object>> reworded = new java.util.ArrayList<>(Fixture.QUESTIONS);
        Map<String, Object> q2 = new java.util.HashMap<>(Fixture.QUESTIONS.get(1));
        q2.put("text", "What would make assessment letters easier to understand?");
        reworded.set(1, q2);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", reworded))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
    }
}
