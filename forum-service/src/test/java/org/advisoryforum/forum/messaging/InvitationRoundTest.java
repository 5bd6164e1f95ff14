package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationRoundTest {

    static final String TOPIC = "consultation.lifecycle.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String published(UUID eventId, UUID consultationId) {
        return published(eventId, consultationId, Instant.parse("2026-12-16T17:00:00Z"));
    }

    static String published(UUID eventId, UUID consultationId, Instant closesAt) {
        return """
                {"eventId":"%s","type":"published","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"consultationId":"%s","title":"Paying people for their involvement","kind":"POLICY",
                 "audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","closesAt":"%s"}}
                """.formatted(eventId, Instant.now(), consultationId, consultationId, closesAt);
    }

    @Test
    void aPublishedConsultationIsRecordedOnceForInvitingMembers() {
        UUID consultation = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), published(eventId, consultation));
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), published(eventId, consultation));
        UUID marker = UUID.randomUUID();
        EventSender.send(bootstrapServers, TOPIC, marker.toString(), published(UUID.randomUUID(), marker));

        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds")
                        .then()
                        .statusCode(200)
                        .body("consultationId", hasItem(marker.toString())));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/invitation-rounds")
                .then()
                .body("findAll { it.consultationId == '" + consultation + "' }", hasSize(1))
                .body("findAll { it.consultationId == '" + consultation + "' }.status", hasItem("SENT"));
    }

    @Test
    void aConsultationThatClosedBeforeItsPublicationWasReadInvitesNobody() {
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                published(UUID.randomUUID(), consultation, Instant.now().minus(Duration.ofHours(1))));

        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds/" + consultation)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("CLOSED_UNSENT"))
                        .body("round.invited", equalTo(0))
                        .body("round.heldBack", equalTo(0)));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/invitation-rounds/" + consultation)
                .then()
                .body("heldBack", hasSize(0));
    }

    @Test
    void invitationRoundsAreForStaffOnly() {
        given().when().get("/api/forum/invitation-rounds").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .when()
                .get("/api/forum/invitation-rounds")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .when()
                .get("/api/forum/dead-letters")
                .then()
                .statusCode(200);
    }
}
