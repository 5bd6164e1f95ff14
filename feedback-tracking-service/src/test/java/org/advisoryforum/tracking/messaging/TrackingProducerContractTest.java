package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryforum.platform.contracts.ProducerContracts;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.service.DifferenceReviews;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
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

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void everyEventTypeItEmitsThroughItsApiKeepsItsJsonSchema() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"), Tokens.subject("david"))
                .awaitConsumed(db);

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
        c.recordActionForReview(Tokens.accessToken("sam"));
        reviews.askDue(Instant.parse("2026-06-29T23:30:00Z"));

        ProducerContracts.awaitEveryTypeEmitted(
                List.of(TOPIC), Set.of(c.consultationId().toString()));
    }
}
