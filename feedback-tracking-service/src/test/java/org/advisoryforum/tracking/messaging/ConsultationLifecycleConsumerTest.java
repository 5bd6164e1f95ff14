package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationLifecycleConsumerTest {

    private static final String TOPIC = "consultation.lifecycle.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    static String publishedEvent(UUID eventId, UUID consultationId, String title) {
        return """
                {"eventId":"%s","type":"published","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"consultationId":"%s","title":"%s","summary":"s","plainLanguageSummary":"In plain words",
                 "kind":"GUIDANCE","audience":"MEMBERS","accountableTeam":"Policy and standards",
                 "opensAt":"2026-11-01T09:00:00Z","closesAt":"2026-12-01T17:00:00Z","publishedAt":"2026-11-01T09:00:00Z",
                 "someFieldAddedLater":true}}
                """.formatted(eventId, Instant.now(), consultationId, consultationId, title);
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void aPublishedConsultationAppearsInThePublicList() {
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                publishedEvent(UUID.randomUUID(), consultation, "Working in partnership"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().when()
                        .get("/api/tracking/consultations")
                        .then()
                        .statusCode(200)
                        .body("id", hasItem(consultation.toString())));
        given().when()
                .get("/api/tracking/consultations/" + consultation)
                .then()
                .statusCode(200)
                .body("title", equalTo("Working in partnership"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID consultation = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = publishedEvent(eventId, consultation, "Delivered twice");
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), event);
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), event);
        UUID marker = UUID.randomUUID();
        EventSender.send(
                bootstrapServers, TOPIC, marker.toString(), publishedEvent(UUID.randomUUID(), marker, "Marker"));

        // the marker comes after both copies on the same partition, so once it is in, both copies were handled
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/tracking/consultations/" + marker)
                        .then()
                        .statusCode(200));
        assertThat(count("select count(*) from processed_event where event_id = '" + eventId + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from tracked_consultation where id = '" + consultation + "'"))
                .isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersAndConsumingGoesOn() {
        EventSender.send(bootstrapServers, TOPIC, "poison", "this is not an event envelope");
        UUID after = UUID.randomUUID();
        EventSender.send(
                bootstrapServers, TOPIC, after.toString(), publishedEvent(UUID.randomUUID(), after, "After poison"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/tracking/consultations/" + after)
                        .then()
                        .statusCode(200));
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.lifecycle.v1.dlq.feedback-tracking-service",
                r -> "poison".equals(r.key()),
                Duration.ofSeconds(20));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .when()
                .get("/api/tracking/dead-letters")
                .then()
                .statusCode(200)
                .body("record", hasItem("this is not an event envelope"));
    }

    @Test
    void deadLettersAreForStaffOnly() {
        given().when().get("/api/tracking/dead-letters").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .when()
                .get("/api/tracking/dead-letters")
                .then()
                .statusCode(403);
    }

    @Test
    void anUnknownConsultationIsAProblemNotFound() {
        given().when()
                .get("/api/tracking/consultations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
