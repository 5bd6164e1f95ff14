package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.advisoryforum.platform.contracts.ConsumerContracts;
import org.advisoryforum.platform.contracts.EventContracts;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    @Inject
    ObjectMapper mapper;

    @Inject
    ConsultationLifecycleConsumer lifecycle;

    @Inject
    ConsultationResponseConsumer responses;

    @Inject
    TrackingOutcomeConsumer outcomes;

    /** per topic, the types this service reads (in the examples' story order) and the record each decodes into */
    private static Map<String, Map<String, Class<?>>> consumed() {
        Map<String, Map<String, Class<?>>> consumed = new LinkedHashMap<>();
        consumed.put(LIFECYCLE, new LinkedHashMap<>(Map.of("published", ConsultationPublished.class)));
        Map<String, Class<?>> responses = new LinkedHashMap<>();
        responses.put("submitted", ResponseEvents.Submitted.class);
        responses.put("withdrawn", ResponseEvents.Withdrawn.class);
        consumed.put(RESPONSES, responses);
        Map<String, Class<?>> outcomes = new LinkedHashMap<>();
        outcomes.put("action-status-changed", ActionStatusChanged.class);
        outcomes.put("quote-moderated", QuoteModerated.class);
        outcomes.put("difference-asked", DifferenceAsked.class);
        consumed.put(OUTCOMES, outcomes);
        return consumed;
    }

    private Map<String, EventConsumer> consumers() {
        return Map.of(LIFECYCLE, lifecycle, RESPONSES, responses, OUTCOMES, outcomes);
    }

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        List<String> losses = new ArrayList<>();
        consumed().forEach((topic, types) -> {
            assertThat(consumers().get(topic).handlers().keySet()).as(topic).isEqualTo(types.keySet());
            assertThat(EventContracts.types(topic)).as(topic).containsAll(types.keySet());
            types.forEach(
                    (type, record) -> losses.addAll(ConsumerContracts.decodingLosses(mapper, topic, type, record)));
        });
        assertThat(losses).isEmpty();
    }

    @Test
    void eachExampleOfTheEventsItConsumesGoesThroughTheRealConsumer() {
        consumed()
                .forEach((topic, types) -> types.keySet()
                        .forEach(type -> ConsumerContracts.feed(
                                bootstrapServers,
                                database,
                                consumers().get(topic).name(),
                                topic,
                                type,
                                (JsonNode payload) ->
                                        payload.path("consultationId").asText())));
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
