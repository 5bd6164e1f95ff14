package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.advisoryforum.platform.contracts.ConsumerContracts;
import org.advisoryforum.platform.contracts.ConsumerContracts.Consumed;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * forum-service reads consultation.lifecycle.v1, consultation.response.v1 and tracking.outcome.v1 as their contracts
 * say: each example of each type it consumes, sent on the real topic, is processed by the real consumer (no dead
 * letter), and decodes into this service's record without loss.
 */
@QuarkusTest
class ForumConsumerContractTest {

    private static final String LIFECYCLE = "consultation.lifecycle.v1";
    private static final String RESPONSES = "consultation.response.v1";
    private static final String OUTCOMES = "tracking.outcome.v1";
    /** the examples' consultation (platform-contracts, contracts/consultation.lifecycle.v1/published) */
    private static final String CONSULTATION = "3f0c8a52-6d1e-4b7a-9c2e-1a5b7d9e0f11";

    /** the types this service reads, in the examples' story order, and the record each decodes into */
    private static final List<Consumed> CONSUMED = List.of(
            byConsultation(ConsultationLifecycleConsumer.class, LIFECYCLE, "published", ConsultationPublished.class),
            byConsultation(ConsultationResponseConsumer.class, RESPONSES, "submitted", ResponseEvents.Submitted.class),
            byConsultation(ConsultationResponseConsumer.class, RESPONSES, "withdrawn", ResponseEvents.Withdrawn.class),
            byConsultation(TrackingOutcomeConsumer.class, OUTCOMES, "action-status-changed", ActionStatusChanged.class),
            byConsultation(TrackingOutcomeConsumer.class, OUTCOMES, "quote-moderated", QuoteModerated.class),
            byConsultation(TrackingOutcomeConsumer.class, OUTCOMES, "difference-asked", DifferenceAsked.class));

    private static Consumed byConsultation(
            Class<? extends EventConsumer> consumer, String topic, String type, Class<?> record) {
        return new Consumed(consumer, topic, type, record, "consultationId");
    }

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        ConsumerContracts.assertEveryTypeHasAContractAndDecodesWithoutLoss(CONSUMED);
    }

    @Test
    void eachExampleOfTheEventsItConsumesGoesThroughTheRealConsumer() {
        ConsumerContracts.feed(CONSUMED);
        // the example closed before it was read: an invitation round is kept, and nobody is invited to it
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/invitation-rounds/" + CONSULTATION)
                .then()
                .statusCode(200)
                .body("round.status", equalTo("CLOSED_UNSENT"))
                .body("round.title", equalTo("Working in partnership with people"))
                .body("round.invited", equalTo(0));
    }
}
