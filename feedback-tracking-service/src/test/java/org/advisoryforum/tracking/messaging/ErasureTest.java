package org.advisoryforum.tracking.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.advisoryforum.platform.messaging.DeadLetters;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    DeadLetters deadLetters;

    @Test
    void anErasedMembersLinksBecomeAnonymousCountsStayAndOnlyTheirAnonymousQuotesRemain() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID()).awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
        JsonPath before = given().get(page).jsonPath();

        c.events.erased(c.david.memberId()).erased(c.amara.memberId());
        c.awaitConsumed(db);

        String body = given().get(page).then().statusCode(200).extract().asString();
        JsonPath after = new JsonPath(body);
        assertThat(after.getMap("participation")).isEqualTo(before.getMap("participation"));
        assertThat(after.getList("youSaid.voices")).isEqualTo(before.getList("youSaid.voices"));
        assertThat(after.getList("weDid.voices")).isEqualTo(before.getList("weDid.voices"));
        // david was quoted by name: his words go; amara was quoted anonymously: hers stay
        assertThat(body).doesNotContain(FullConsultation.DAVID_Q2, FullConsultation.DAVID_Q4, "David P.")
                .contains(FullConsultation.AMARA_Q2, FullConsultation.AMARA_COMMENT);
        for (UUID erased : new UUID[]{c.david.memberId(), c.amara.memberId()}) {
            String where = " where member_id = '" + erased + "'";
            assertThat(db.count("select count(*) from tracked_response" + where)).isZero();
            assertThat(db.count("select count(*) from key_point_input" + where)).isZero();
            assertThat(db.count("select count(*) from tracked_member" + where)).isZero();
        }
        given().auth().oauth2(Tokens.accessToken("sam")).get("/api/tracking/actions/" + c.implemented + "/trace")
                .then().statusCode(200).extract().jsonPath().getList("keyPoints[0].inputs.memberId", String.class)
                .forEach(id -> assertThat(id).isNotIn(c.david.memberId().toString(), c.amara.memberId().toString()));
    }

    @Test
    void erasureDropsTheMembersConfirmationCommentsAndEveryOutboxRowOrDeadLetterNamingThem() {
        UUID amara = UUID.fromString(Tokens.claims(Tokens.accessToken("amara")).path("sub").asText());
        FullConsultation c = new FullConsultation(bootstrapServers, amara).awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String remark = "A remark only staff should read " + UUID.randomUUID();
        given().auth().oauth2(Tokens.accessToken("amara")).contentType("application/json")
                .body("{\"verdict\":\"MISSES\",\"comment\":\"" + remark + "\"}")
                .post("/api/tracking/actions/" + c.notAdopted + "/confirmations").then().statusCode(200);
        long verdicts = db.count("select count(*) from confirmation where action_id = ?1", c.notAdopted);
        deadLetters.record("tracking.test", "{\"memberId\":\"" + amara + "\"}", "could not be read");
        assertThat(db.count("select count(*) from outbox_event where strpos(envelope, ?1) > 0", amara.toString()))
                .isPositive();

        c.events.erased(amara);
        c.awaitConsumed(db);

        assertThat(db.count("select count(*) from confirmation where comment = ?1", remark)).isZero();
        assertThat(db.count("select count(*) from confirmation where member_id = ?1", amara)).isZero();
        assertThat(db.count("select count(*) from confirmation where action_id = ?1", c.notAdopted)).isEqualTo(verdicts);
        assertThat(db.count("select count(*) from outbox_event where strpos(envelope, ?1) > 0", amara.toString())).isZero();
        assertThat(db.count("select count(*) from dead_letter where strpos(record, ?1) > 0", amara.toString())).isZero();
    }
}
