package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseAuthorisationTest {

    @Test
    void aMemberOnlyEverReadsAndChangesTheirOwnResponse() {
        String id = Fixture.openForAWhile("Own response only");
        Fixture.save("amara", id, Fixture.completeAnswers("Use short words and one page."))
                .statusCode(200);

        // /responses/me is always the caller's own: another member sees nothing of amara's
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(404);
        Fixture.save("david", id, Map.of("answers", Map.of("q1", 5))).statusCode(200);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .body("answers.find { it.questionKey == 'q1' }.value", equalTo(2));
    }

    @Test
    void membersNeverListResponses() {
        String id = Fixture.openForAWhile("Listing is for staff");
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(403);
        given().get("/api/consultations/" + id + "/responses").then().statusCode(401);
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(200);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void staffAnswerOnlyThroughTheMarkedAssistedEndpoint() {
        Fixture.memberKnown(bootstrapServers, "tom", "ANONYMOUS");
        String id = Fixture.openForAWhile("Assisted responses");
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Fixture.completeAnswers("x"))
                .put("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(403);

        String tom = Fixture.memberId("tom");
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "memberId",
                        tom,
                        "provenance",
                        "PHONE",
                        "response",
                        Map.of(
                                "attribution",
                                "ANONYMOUS",
                                "answers",
                                Map.of(
                                        "q1",
                                        1,
                                        "q3",
                                        java.util.List.of("Offer an advocate"),
                                        "q4",
                                        "No",
                                        "q5",
                                        "Someone to ring me back."))))
                .post("/api/consultations/" + id + "/responses/assisted")
                .then()
                .statusCode(201)
                .body("provenance", equalTo("PHONE"))
                .body("recordedBy", equalTo("sam"))
                .body("status", equalTo("SUBMITTED"));
        given().auth()
                .oauth2(Tokens.accessToken("tom"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(200)
                .body("provenance", equalTo("PHONE"));

        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", tom, "provenance", "PAPER", "response", Map.of()))
                .post("/api/consultations/" + id + "/responses/assisted")
                .then()
                .statusCode(403);
    }

    @Test
    void thePublicSeesOnlyPublishedConsultationsAndTheirQuestions() {
        String draft = Fixture.create("Still a draft", java.time.Instant.now().plusSeconds(86400));
        given().get("/api/consultations/" + draft).then().statusCode(404);
        given().get("/api/consultations").then().body("id", not(hasItem(draft)));
        String open = Fixture.openForAWhile("Published with questions");
        given().get("/api/consultations/" + open)
                .then()
                .statusCode(200)
                .body("questions.key", hasItem("q3"))
                .body("sections.key", hasItem("carers"));
    }
}
