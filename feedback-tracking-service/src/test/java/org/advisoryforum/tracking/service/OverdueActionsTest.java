package org.advisoryforum.tracking.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverdueActionsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    OverdueActions overdue;

    @Test
    void anUnsettledActionPastItsDueDateIsFlaggedOverdueUntilItIsSettled() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID()).awaitConsumed(db);
        String staff = Tokens.accessToken("sam");
        String id = given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body("""
                {"consultationId":"%s","keyPointIds":["%s"],"description":"Publish an explainer","owner":"Comms",
                 "status":"IN_PROGRESS","dueDate":"2026-03-01"}""".formatted(c.consultationId(), c.kpAdvocate))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        overdue.flag(LocalDate.of(2026, 2, 28));
        given().auth().oauth2(staff).get("/api/tracking/actions/" + id).then().body("overdue", equalTo(false));

        overdue.flag(LocalDate.of(2026, 3, 2));
        given().auth().oauth2(staff).get("/api/tracking/actions/" + id).then().body("overdue", equalTo(true));
        given().auth()
                .oauth2(staff)
                .get("/api/tracking/consultations/" + c.consultationId() + "/key-points")
                .then()
                .body("find { it.id == '" + c.kpAdvocate + "' }.actions[0].overdue", equalTo(true));

        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(
                        "{\"status\":\"IMPLEMENTED\",\"evidence\":{\"description\":\"An explainer was published on the website.\"}}")
                .post("/api/tracking/actions/" + id + "/status")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false));
        overdue.flag(LocalDate.of(2026, 3, 3));
        given().auth().oauth2(staff).get("/api/tracking/actions/" + id).then().body("overdue", equalTo(false));
    }
}
