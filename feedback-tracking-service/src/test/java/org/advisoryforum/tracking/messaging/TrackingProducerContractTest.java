package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.advisoryforum.platform.contracts.EventContracts;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.service.DifferenceReviews;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * feedback-tracking-service keeps its event contract (platform-contracts): through its real API (and its review check)
 * it emits every type of tracking.outcome.v1, and every record on the topic, read back from Kafka, keeps the envelope
 * schema and its type's payload schema; a type without a schema fails.
 */
@QuarkusTest
class TrackingProducerContractTest {

    private static final String TOPIC = "tracking.outcome.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    DifferenceReviews reviews;

    private static UUID subject(String user) {
        return UUID.fromString(
                Tokens.claims(Tokens.accessToken(user)).path("sub").asText());
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void everyEventTypeItEmitsThroughItsApiKeepsItsJsonSchema() {
        FullConsultation c =
                new FullConsultation(bootstrapServers, subject("amara"), subject("david")).awaitConsumed(db);

        // quote-moderated: staff do not use one of amara's answers; then approve the rest and record actions
        as("sam")
                .body(Map.of("decision", "REJECT", "reason", "OFF_TOPIC"))
                .post("/api/tracking/moderation/" + c.amara.input("q2").id() + "/decision")
                .then()
                .statusCode(200);
        c.recordActions(Tokens.accessToken("sam"));

        // action-status-changed
        as("sam")
                .body(Map.of("status", "DEFERRED", "reason", "Waiting for the law to change."))
                .post("/api/tracking/actions/" + c.notAdopted + "/status")
                .then()
                .statusCode(200);

        // confirmation-recorded, once the outcome is public
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        as("amara")
                .body(Map.of("verdict", "REFLECTS"))
                .post("/api/tracking/actions/" + c.implemented + "/confirmations")
                .then()
                .statusCode(200);

        // difference-asked, when the review date of an action has come
        as("sam")
                .body(Map.of(
                        "consultationId",
                        c.consultationId(),
                        "keyPointIds",
                        List.of(c.kpFormat),
                        "description",
                        "Letters are sent in the format each person asked for.",
                        "status",
                        "AGREED",
                        "owner",
                        "Policy and standards",
                        "reviewDate",
                        "2026-06-30"))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201);
        reviews.askDue(Instant.parse("2026-06-29T23:30:00Z"));

        String ours = c.consultationId().toString();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Set<String> emitted = new TreeSet<>();
                    for (ConsumerRecord<String, String> record :
                            KafkaTopicReader.readAll(bootstrapServers, TOPIC, Duration.ofSeconds(10))) {
                        assertThat(record.value()).as("a record on " + TOPIC).isNotNull();
                        assertThat(EventContracts.violations(TOPIC, record.value()))
                                .as(record.value())
                                .isEmpty();
                        if (ours.equals(record.key())) {
                            emitted.add(JsonPath.from(record.value()).getString("type"));
                        }
                    }
                    assertThat(emitted).isEqualTo(new TreeSet<>(EventContracts.types(TOPIC)));
                });
    }
}
