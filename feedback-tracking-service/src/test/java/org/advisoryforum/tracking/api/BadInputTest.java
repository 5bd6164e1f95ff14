package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadInputTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    Scenario consultation;
    UUID keyPoint;
    String staff;

    @BeforeEach
    void aConsultationWithAKeyPoint() {
        staff = Tokens.accessToken("sam");
        consultation = new Scenario(bootstrapServers).published("Bad input");
        Scenario.Respondent r = consultation.respond(
                UUID.randomUUID(),
                List.of("CARER"),
                "WALES",
                true,
                "NONE",
                null,
                Scenario.answer("q1", "SCALE", null, 3));
        keyPoint = consultation.keyPoint("A key point", r, r.input("q1"));
        db.awaitProcessed(consultation.eventIds());
    }

    private String action(String extra) {
        return """
                {"consultationId":"%s","keyPointIds":["%s"],"description":"Do it","owner":"Policy team"%s}
                """.formatted(consultation.consultationId, keyPoint, extra);
    }

    private ValidatableResponse post(String path, String body) {
        return given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .contentType("application/problem+json");
    }

    private long actions() {
        return db.count("select count(*) from action where consultation_id = '" + consultation.consultationId + "'");
    }

    @Test
    void anActionNotAdoptedWithoutAReasonIsRefusedNamingReasonAndNothingIsStored() {
        post("/api/tracking/actions", action(",\"status\":\"NOT_ADOPTED\""))
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        post("/api/tracking/actions", action(",\"status\":\"DEFERRED\",\"reason\":\"  \""))
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertThat(actions()).isZero();
    }

    @Test
    void aStatusChangeWithoutARequiredReasonIsRefusedAndTheActionKeepsItsStatusAndHistory() {
        String id = given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(action(""))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long outbox = db.count(
                "select count(*) from outbox_event where aggregate_id = '" + consultation.consultationId + "'");
        for (String status : List.of("NOT_ADOPTED", "PARTLY_ADOPTED", "DEFERRED")) {
            post("/api/tracking/actions/" + id + "/status", "{\"status\":\"" + status + "\"}")
                    .statusCode(400)
                    .body("errors.field", hasItem("reason"));
        }
        given().auth()
                .oauth2(staff)
                .get("/api/tracking/actions/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("history.size()", equalTo(1));
        assertThat(db.count(
                        "select count(*) from outbox_event where aggregate_id = '" + consultation.consultationId + "'"))
                .isEqualTo(outbox);
    }

    @Test
    void anUnknownKeyPointIsRefusedNamingKeyPointIds() {
        post(
                        "/api/tracking/actions",
                        action("")
                                .replace(keyPoint.toString(), UUID.randomUUID().toString()))
                .statusCode(400)
                .body("errors.field", hasItem("keyPointIds"));
        assertThat(actions()).isZero();
    }

    @Test
    void aDueDateInAnImpossibleFormatIsRefusedNamingTheField() {
        post("/api/tracking/actions", action(",\"dueDate\":\"2026-02-30\""))
                .statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        post("/api/tracking/actions", action(",\"dueDate\":\"tomorrow\""))
                .statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        post("/api/tracking/actions", action(",\"reviewDate\":\"31/12/2026\""))
                .statusCode(400)
                .body("errors.field", hasItem("reviewDate"));
        assertThat(actions()).isZero();
    }

    @Test
    void anActionForAnotherConsultationsKeyPointIsAConflict() {
        String other = action("")
                .replace(
                        consultation.consultationId.toString(),
                        UUID.randomUUID().toString());
        post("/api/tracking/actions", other).statusCode(409);
        assertThat(actions()).isZero();
    }

    @Test
    void missingFieldsUnknownStatusesAndEvidenceThatIsNoRevisedSectionAreRefusedNamingTheField() {
        post("/api/tracking/actions", "{\"keyPointIds\":[]}")
                .statusCode(400)
                .body("errors.field", hasItem("consultationId"))
                .body("errors.field", hasItem("keyPointIds"))
                .body("errors.field", hasItem("description"))
                .body("errors.field", hasItem("owner"));
        post("/api/tracking/actions", action(",\"status\":\"DONE\""))
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        post("/api/tracking/actions", action(",\"evidence\":{\"sectionKey\":\"nowhere\"}"))
                .statusCode(400)
                .body("errors.field", hasItem("evidence.sectionKey"));
        post("/api/tracking/actions", action(",\"evidence\":{\"documentUrl\":\"javascript:alert(1)\"}"))
                .statusCode(400)
                .body("errors.field", hasItem("evidence.documentUrl"));
        assertThat(actions()).isZero();
    }

    @Test
    void aConfirmationNeedsAVerdictAndAPublishedOutcome() {
        String id = given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(action(""))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String member = Tokens.accessToken("amara");
        given().auth()
                .oauth2(member)
                .contentType("application/json")
                .body("{\"verdict\":\"MAYBE\"}")
                .post("/api/tracking/actions/" + id + "/confirmations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("verdict"));
        given().auth()
                .oauth2(member)
                .contentType("application/json")
                .body("{\"verdict\":\"REFLECTS\"}")
                .post("/api/tracking/actions/" + id + "/confirmations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(db.count("select count(*) from confirmation where action_id = '" + id + "'"))
                .isZero();
    }
}
