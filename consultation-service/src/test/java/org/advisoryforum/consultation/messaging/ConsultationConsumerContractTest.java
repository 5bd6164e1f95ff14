package org.advisoryforum.consultation.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.advisoryforum.platform.contracts.ConsumerContracts;
import org.advisoryforum.platform.contracts.ConsumerContracts.Consumed;
import org.advisoryforum.platform.test.Tokens;
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
    private static final List<Consumed> CONSUMED = List.of(
            member("joined", MemberEvent.Joined.class),
            member("profile-changed", MemberEvent.ProfileChanged.class),
            member("consent-changed", MemberEvent.ConsentChanged.class),
            member("left", MemberEvent.Left.class),
            member("erased", MemberEvent.Erased.class));

    private static Consumed member(String type, Class<?> record) {
        return new Consumed(MemberEventsConsumer.class, TOPIC, type, record, "memberId");
    }

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        ConsumerContracts.assertEveryTypeHasAContractAndDecodesWithoutLoss(CONSUMED);
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

    private static void feed(String type) {
        ConsumerContracts.feed(
                CONSUMED.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow());
    }

    private static io.restassured.response.ValidatableResponse snapshot(String memberId) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/consultations/member-snapshots/" + memberId)
                .then()
                .statusCode(200);
    }
}
