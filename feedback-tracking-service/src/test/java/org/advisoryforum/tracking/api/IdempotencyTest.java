package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void everyEventDeliveredTwiceLeavesCountsAndThePublicPageUnchanged() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        c.awaitConsumed(db);
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
        String before = given().get(page).then().statusCode(200).extract().asString();
        List<Long> counts = counts(c);

        c.events.sent().forEach(c.events::redeliver);
        // a fresh event after the copies on each topic: once they are processed, so are the copies before them
        Scenario markers = new Scenario(bootstrapServers).published("Marker");
        markers.joined(UUID.randomUUID(), List.of("OTHER"), "WALES", "NONE", false);
        markers.respond(UUID.randomUUID(), List.of("OTHER"), "WALES", false, "NONE", null);
        markers.keyPoint("Marker key point");
        db.awaitProcessed(markers.eventIds());

        assertThat(counts(c)).isEqualTo(counts);
        assertThat(given().get(page).then().statusCode(200).extract().asString())
                .isEqualTo(before);
    }

    private List<Long> counts(FullConsultation c) {
        String id = "'" + c.consultationId() + "'";
        String members = c.memberIds().stream()
                .map(m -> "'" + m + "'")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        return List.of(
                db.count("select count(*) from tracked_response where consultation_id = " + id),
                db.count("select count(*) from tracked_input where consultation_id = " + id),
                db.count("select count(*) from key_point where consultation_id = " + id),
                db.count("select count(*) from key_point_input k join key_point p on p.id = k.key_point_id "
                        + "where p.consultation_id = " + id),
                db.count("select count(*) from draft_change where consultation_id = " + id),
                db.count("select count(*) from tracked_member where member_id in (" + members + ")"),
                db.count("select count(*) from action where consultation_id = " + id),
                db.count("select count(*) from outbox_event where aggregate_id = " + id));
    }
}
