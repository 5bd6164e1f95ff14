package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** GET /api/consultations/responses/mine: a member's own responses across consultations, and nobody else's. */
@QuarkusTest
class MyResponsesTest {

    private static final String MINE = "/api/consultations/responses/mine";

    private static String of(String consultationId) {
        return "find { it.consultationId == '" + consultationId + "' }";
    }

    @Test
    void aMemberSeesEachOfTheirResponsesWithItsStatusAndTheConsultationsState() {
        String saved = Fixture.openForAWhile("Mine: saved");
        String sent = Fixture.openForAWhile("Mine: sent and closed");
        String withdrawn = Fixture.openForAWhile("Mine: withdrawn");
        Fixture.save("amara", saved, Map.of("answers", Map.of("q2", "Plain words, please.")))
                .statusCode(200);
        Fixture.save("amara", sent, Fixture.completeAnswers("Large print.")).statusCode(200);
        Fixture.submit("amara", sent).statusCode(200);
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + sent + "/close")
                .then()
                .statusCode(200);
        Fixture.save("amara", withdrawn, Fixture.completeAnswers("Easy read.")).statusCode(200);
        Fixture.submit("amara", withdrawn).statusCode(200);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .delete("/api/consultations/" + withdrawn + "/responses/me")
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get(MINE)
                .then()
                .statusCode(200)
                .body(of(saved) + ".status", equalTo("DRAFT"))
                .body(of(saved) + ".consultationTitle", equalTo("Mine: saved"))
                .body(of(saved) + ".consultationStatus", equalTo("OPEN"))
                .body(of(saved) + ".closesAt", notNullValue())
                .body(of(saved) + ".answered", equalTo(1))
                .body(of(saved) + ".submittedAt", nullValue())
                .body(of(sent) + ".status", equalTo("SUBMITTED"))
                .body(of(sent) + ".consultationStatus", equalTo("CLOSED"))
                .body(of(sent) + ".submittedAt", notNullValue())
                .body(of(withdrawn) + ".status", equalTo("WITHDRAWN"))
                .body(of(withdrawn) + ".withdrawnAt", notNullValue());
    }

    @Test
    void aMemberSeesOnlyTheirOwnResponses() {
        String shared = Fixture.openForAWhile("Mine: both answer");
        String onlyTom = Fixture.openForAWhile("Mine: only tom answers");
        Fixture.save("grace", shared, Map.of("answers", Map.of("q2", "Grace's words.")))
                .statusCode(200);
        String tomsResponse = Fixture.save("tom", shared, Map.of("answers", Map.of("q2", "Tom's words.")))
                .statusCode(200)
                .extract()
                .path("id");
        Fixture.save("tom", onlyTom, Map.of("answers", Map.of("q2", "Only mine.")))
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.accessToken("grace"))
                .get(MINE)
                .then()
                .statusCode(200)
                .body("findAll { it.consultationId == '" + shared + "' }", hasSize(1))
                .body("consultationId", not(hasItem(onlyTom)))
                .body("responseId", not(hasItem(tomsResponse)));
        given().auth()
                .oauth2(Tokens.accessToken("tom"))
                .get(MINE)
                .then()
                .statusCode(200)
                .body(of(shared) + ".responseId", equalTo(tomsResponse))
                .body(of(onlyTom) + ".status", equalTo("DRAFT"));
    }

    @Test
    void onlyMembersMayAskAndTheAnswerIsProblemJson() {
        given().get(MINE).then().statusCode(401);
        given().auth().oauth2(Fixture.staff()).get(MINE).then().statusCode(403).contentType("application/problem+json");
    }
}
