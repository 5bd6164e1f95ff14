package org.advisoryforum.consultation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * consultation-service reads forum.member.v1 as its contract says: each example of each type it consumes, sent on the
 * real topic, is processed by the real consumer (no dead letter) with its effect on the member snapshot, and decodes
 * into this service's record without loss.
 */
@QuarkusTest
class ConsultationConsumerContractTest {

    private static final String TOPIC = "forum.member.v1";
    /** the examples' members (platform-contracts, contracts/forum.member.v1/joined) */
    private static final String AMARA = "7b2d4e6f-8a1c-4d3e-9f5a-2c4e6a8b0d12";

    private static final String DAVID = "9c3e5f70-1b2d-4e4f-8a6b-3d5f7b9c1e23";

    /** the types this service reads, in the order of the examples' story, with the record each decodes into */
    private static final Map<String, Class<?>> CONSUMED = new LinkedHashMap<>();

    static {
        CONSUMED.put("joined", MemberEvent.Joined.class);
        CONSUMED.put("profile-changed", MemberEvent.ProfileChanged.class);
        CONSUMED.put("consent-changed", MemberEvent.ConsentChanged.class);
        CONSUMED.put("left", MemberEvent.Left.class);
        CONSUMED.put("erased", MemberEvent.Erased.class);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    @Inject
    ObjectMapper mapper;

    @Inject
    MemberEventsConsumer consumer;

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        assertThat(consumer.handlers().keySet()).isEqualTo(CONSUMED.keySet());
        assertThat(EventContracts.types(TOPIC)).containsAll(CONSUMED.keySet());
        List<String> losses = new ArrayList<>();
        CONSUMED.forEach(
                (type, record) -> losses.addAll(ConsumerContracts.decodingLosses(mapper, TOPIC, type, record)));
        assertThat(losses).isEmpty();
    }

    @Test
    void eachExampleOfForumMemberEventsGoesThroughTheRealConsumerWithItsEffect() {
        feed("joined");
        snapshot(AMARA)
                .body("perspectives", contains("LIVED_EXPERIENCE"))
                .body("region", equalTo("NORTH_WEST"))
                .body("quoteConsent", equalTo("ANONYMOUS"));
        snapshot(DAVID).body("perspectives", contains("CARER", "SOCIAL_WORKER")).body("quoteConsent", equalTo("NAMED"));

        feed("profile-changed");
        snapshot(DAVID).body("perspectives", contains("CARER")).body("region", equalTo("SOUTH_EAST"));

        feed("consent-changed");
        snapshot(DAVID).body("quoteConsent", equalTo("ANONYMOUS")).body("useInStatistics", equalTo(true));

        feed("left");
        snapshot(DAVID).body("quoteConsent", equalTo("ANONYMOUS"));

        feed("erased");
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/consultations/member-snapshots/" + DAVID)
                .then()
                .statusCode(404);
        snapshot(AMARA).body("quoteConsent", equalTo("ANONYMOUS"));
    }

    private void feed(String type) {
        ConsumerContracts.feed(
                bootstrapServers,
                database,
                MemberEventsConsumer.CONSUMER,
                TOPIC,
                type,
                (JsonNode payload) -> payload.path("memberId").asText());
    }

    private static io.restassured.response.ValidatableResponse snapshot(String memberId) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/consultations/member-snapshots/" + memberId)
                .then()
                .statusCode(200);
    }
}
