package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void fromAnActionStaffSeeTheKeyPointsTheAnswersAndEveryVoiceByPerspective() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/actions/" + c.partlyAdopted + "/trace")
                .then()
                .statusCode(200)
                .body("keyPoints", hasSize(1))
                .body("keyPoints[0].text", equalTo(FullConsultation.KP_CARERS))
                .body(
                        "keyPoints[0].inputs.inputId",
                        containsInAnyOrder(
                                c.david.input("q4").id().toString(),
                                c.priya.input("q4").id().toString(),
                                c.grace.input("q4").id().toString()))
                .body(
                        "keyPoints[0].inputs.memberId",
                        containsInAnyOrder(
                                c.david.memberId().toString(),
                                c.priya.memberId().toString(),
                                c.grace.memberId().toString()))
                // staff count every voice, including those not used in public statistics
                .body("voices.total", equalTo(3))
                .body("voices.summary", equalTo("3 voices: 2 carers, 1 with lived experience, 1 social worker"));
    }

    @Test
    void fromOneAnswerStaffSeeTheKeyPointsItFedAndTheirActionsStatus() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/inputs/" + c.david.input("q4").id() + "/trace")
                .then()
                .statusCode(200)
                .body("[0].state", equalTo("answered"))
                .body("[0].keyPoints[0].id", equalTo(c.kpCarers.toString()))
                .body("[0].keyPoints[0].actions[0].status", equalTo("PARTLY_ADOPTED"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/inputs/" + UUID.randomUUID() + "/trace")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aKeyPointWithNoActionIsShownToStaffAsNotYetAnswered() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/consultations/" + c.consultationId() + "/key-points")
                .then()
                .statusCode(200)
                .body("", hasSize(4))
                .body("find { it.id == '" + c.kpAdvocate + "' }.state", equalTo("not yet answered"))
                .body("find { it.id == '" + c.kpAdvocate + "' }.answered", equalTo(false))
                .body("find { it.id == '" + c.kpFormat + "' }.state", equalTo("answered"))
                .body("find { it.id == '" + c.kpFormat + "' }.actions[0].id", equalTo(c.implemented.toString()))
                .body("find { it.id == '" + c.kpFormat + "' }.actions[0].owner", equalTo("Policy and standards"))
                .body("find { it.id == '" + c.kpFormat + "' }.actions[0].dueDate", equalTo("2026-03-31"))
                .body(
                        "find { it.id == '" + c.kpCarers + "' }.actions[0].reason",
                        equalTo("Joining up record systems is outside what guidance can require."));
    }
}
