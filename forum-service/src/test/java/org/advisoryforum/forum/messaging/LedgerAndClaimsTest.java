package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerAndClaimsTest {

    private static final String RESPONSES = "consultation.response.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void submittedResponsesEnterTheLedgerOnceAndWithdrawnOnesLeaveIt() {
        TestUsers.Person member = Forum.newMember("ledger");
        UUID consultation = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                kept.toString(),
                TrackingOutcomeEvents.responseSubmitted(eventId, consultation, kept, member.id()));
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                kept.toString(),
                TrackingOutcomeEvents.responseSubmitted(eventId, consultation, kept, member.id()));
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                withdrawn.toString(),
                TrackingOutcomeEvents.responseSubmitted(UUID.randomUUID(), consultation, withdrawn, member.id()));
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                withdrawn.toString(),
                TrackingOutcomeEvents.responseWithdrawn(consultation, withdrawn, member.id()));
        UUID marker = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                marker.toString(),
                TrackingOutcomeEvents.responseSubmitted(UUID.randomUUID(), consultation, marker, member.id()));

        String token = member.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/involvement")
                        .then()
                        .statusCode(200)
                        .body("responseId", hasItem(marker.toString())));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/involvement")
                .then()
                .body("findAll { it.responseId == '" + kept + "' }", hasSize(1))
                .body("findAll { it.responseId == '" + kept + "' }[0].kind", equalTo("CONSULTATION_RESPONSE"))
                .body("responseId", not(hasItem(withdrawn.toString())));
    }

    @Test
    void aMemberCannotClaimPaymentForTheSameActivityAgainUnlessTheEarlierClaimWasRejected() {
        TestUsers.Person member = Forum.newMember("again");
        String staff = Tokens.accessToken("sam");
        String activity = given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Forum meeting, Leeds",
                        "durationMinutes",
                        120,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String token = member.token();
        Map<String, Object> payment = Map.of("activityId", activity, "type", "PAYMENT", "amount", "75.00");
        String first = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(payment)
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(payment)
                    .when()
                    .post("/api/forum/members/me/claims")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("duplicate_claim"));
        }
        // expenses for the same meeting are a claim of their own
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "type", "EXPENSES", "amount", "9.80", "description", "Bus"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/claims")
                .then()
                .statusCode(200)
                .body("findAll { it.activityId == '" + activity + "' }", hasSize(2));

        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "reason", "The meeting was online; please claim the online rate."))
                .when()
                .post("/api/forum/claims/" + first + "/decision")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "type", "PAYMENT", "amount", "40.00"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(payment)
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(409)
                .body("code", equalTo("duplicate_claim"));
    }

    @Test
    void aMemberClaimsForAnActivityAndStaffApproveAndPayItAndExportItAsCsv() {
        TestUsers.Person member = Forum.newMember("claimant");
        String staff = Tokens.accessToken("sam");
        String activity = given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Forum meeting, Birmingham",
                        "durationMinutes",
                        180,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .body("durationMinutes", equalTo(180))
                .extract()
                .path("id");
        String token = member.token();
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/involvement")
                .then()
                .body("findAll { it.id == '" + activity + "' }.kind", hasItem("MEETING"));

        String claim = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "type", "PAYMENT", "amount", "75.00"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract()
                .path("id");
        String rejected = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "type", "EXPENSES", "amount", "12.40", "description", "Train"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "MARK_PAID"))
                .when()
                .post("/api/forum/claims/" + claim + "/decision")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when()
                .post("/api/forum/claims/" + claim + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "MARK_PAID"))
                .when()
                .post("/api/forum/claims/" + claim + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT"))
                .when()
                .post("/api/forum/claims/" + rejected + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "reason", "Please send the ticket, then claim again."))
                .when()
                .post("/api/forum/claims/" + rejected + "/decision")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/claims")
                .then()
                .statusCode(200)
                .body("findAll { it.id == '" + claim + "' }.status", hasItem("PAID"))
                .body(
                        "findAll { it.id == '" + rejected + "' }.decisionReason",
                        hasItem("Please send the ticket, then claim again."));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/claims?status=PAID")
                .then()
                .statusCode(200)
                .body("id", hasItem(claim))
                .body("id", not(hasItem(rejected)));

        String csv = given().auth()
                .oauth2(staff)
                .get("/api/forum/claims.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertThat(csv).startsWith("claimId,memberId,displayName,activityId,type,amount,status");
        assertThat(csv.lines()
                        .filter(line -> line.startsWith(claim))
                        .findFirst()
                        .orElseThrow())
                .contains(member.id().toString(), "Member " + member.username(), "PAYMENT", "75.00", "PAID");
        assertThat(csv.lines()
                        .filter(line -> line.startsWith(rejected))
                        .findFirst()
                        .orElseThrow())
                .contains("12.40", "REJECTED", "\"Please send the ticket, then claim again.\"");
    }
}
