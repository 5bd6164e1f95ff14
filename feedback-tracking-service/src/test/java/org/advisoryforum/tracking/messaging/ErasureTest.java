package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.messaging.DeadLetters;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

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
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
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
        assertThat(body)
                .doesNotContain(FullConsultation.DAVID_Q2, FullConsultation.DAVID_Q4, "David P.")
                .contains(FullConsultation.AMARA_Q2, FullConsultation.AMARA_COMMENT);
        for (UUID erased : new UUID[] {c.david.memberId(), c.amara.memberId()}) {
            String where = " where member_id = '" + erased + "'";
            assertThat(db.count("select count(*) from tracked_response" + where))
                    .isZero();
            assertThat(db.count("select count(*) from key_point_input" + where)).isZero();
            assertThat(db.count("select count(*) from tracked_member" + where)).isZero();
        }
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/actions/" + c.implemented + "/trace")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("keyPoints[0].inputs.memberId", String.class)
                .forEach(id -> assertThat(id)
                        .isNotIn(
                                c.david.memberId().toString(),
                                c.amara.memberId().toString()));
    }

    @Test
    void erasureDropsTheMembersConfirmationCommentsAndEveryOutboxRowOrDeadLetterNamingThem() {
        UUID amara = UUID.fromString(
                Tokens.claims(Tokens.accessToken("amara")).path("sub").asText());
        FullConsultation c = new FullConsultation(bootstrapServers, amara)
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String remark = "A remark only staff should read " + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"MISSES\",\"comment\":\"" + remark + "\"}")
                .post("/api/tracking/actions/" + c.notAdopted + "/confirmations")
                .then()
                .statusCode(200);
        long verdicts = db.count("select count(*) from confirmation where action_id = ?1", c.notAdopted);
        deadLetters.record("tracking.test", "{\"memberId\":\"" + amara + "\"}", "could not be read");
        assertThat(db.count("select count(*) from outbox_event where strpos(envelope, ?1) > 0", amara.toString()))
                .isPositive();

        c.events.erased(amara);
        c.awaitConsumed(db);

        assertThat(db.count("select count(*) from confirmation where comment = ?1", remark))
                .isZero();
        assertThat(db.count("select count(*) from confirmation where member_id = ?1", amara))
                .isZero();
        assertThat(db.count("select count(*) from confirmation where action_id = ?1", c.notAdopted))
                .isEqualTo(verdicts);
        assertThat(db.count("select count(*) from outbox_event where strpos(envelope, ?1) > 0", amara.toString()))
                .isZero();
        assertThat(db.count("select count(*) from dead_letter where strpos(record, ?1) > 0", amara.toString()))
                .isZero();
    }

    @Test
    void aKeyPointArrivingAfterTheErasureNeverLinksTheErasedMembersOldId() {
        Scenario s = new Scenario(bootstrapServers).published("A key point after an erasure");
        UUID member = UUID.randomUUID();
        s.joined(member, List.of("CARER"), "WALES", "ANONYMOUS", true);
        Scenario.Respondent r = s.respond(
                member,
                List.of("CARER"),
                "WALES",
                true,
                "ANONYMOUS",
                null,
                Scenario.answer("q2", "FREE_TEXT", "information", "Words quoted anonymously " + UUID.randomUUID()));
        db.awaitProcessed(s.eventIds()); // the response and the erasure travel on two topics: erased comes after it
        s.erased(member);
        db.awaitProcessed(s.eventIds());
        String anonymous =
                db.text("select cast(member_id as varchar) from tracked_response where id = ?1", r.responseId());
        assertThat(anonymous).isNotEqualTo(member.toString());

        // published by staff before the erasure reached consultation-service, so it still names the old id
        UUID keyPoint = s.keyPoint("Said before the erasure", r, r.input("q2"));
        db.awaitProcessed(s.eventIds());

        assertThat(db.count("select count(*) from key_point_input where member_id = ?1", member))
                .isZero();
        assertThat(db.text("select cast(member_id as varchar) from key_point_input where key_point_id = ?1", keyPoint))
                .isEqualTo(anonymous);
    }

    @Test
    void aKeyPointLinkToAResponseNotSeenYetFollowsTheResponseWhenItArrives() {
        Scenario s = new Scenario(bootstrapServers).published("A key point before its response");
        UUID unknown = UUID.randomUUID();
        Scenario.Input answer = Scenario.answer("q1", "SCALE", "first-contact", 3);
        Scenario.Respondent early = new Scenario.Respondent(unknown, UUID.randomUUID(), List.of(answer));
        UUID keyPoint = s.keyPoint("Linked before tracking saw the response", early, answer);
        db.awaitProcessed(s.eventIds());
        // a member this service does not know (it may have been erased): no link to that id
        assertThat(db.count("select count(*) from key_point_input where member_id = ?1", unknown))
                .isZero();

        UUID later = UUID.randomUUID();
        s.joined(later, List.of("CARER"), "WALES", "NONE", true);
        s.response("submitted", early.responseId(), later, List.of("CARER"), "WALES", true, "NONE", null, answer);
        db.awaitProcessed(s.eventIds());
        assertThat(db.text("select cast(member_id as varchar) from key_point_input where key_point_id = ?1", keyPoint))
                .isEqualTo(later.toString());
    }

    @Test
    void aTombstoneWithoutTheErasedEventBeforeItErasesAMemberTrackingStillHolds() {
        Scenario s = new Scenario(bootstrapServers).published("Erased while tracking was away");
        UUID member = UUID.randomUUID();
        s.joined(member, List.of("CARER"), "WALES", "NAMED", true, "Named While Away");
        s.respond(
                member,
                List.of("CARER"),
                "WALES",
                true,
                "NAMED",
                null,
                Scenario.answer("q2", "FREE_TEXT", "information", "Said by name " + UUID.randomUUID()));
        db.awaitProcessed(s.eventIds());
        assertThat(db.count("select count(*) from tracked_member where member_id = ?1", member))
                .isEqualTo(1);

        // the erased event was compacted away while tracking was down: only the member's tombstone is left
        EventSender.send(bootstrapServers, Scenario.MEMBER, member.toString(), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(db.count("select count(*) from tracked_member where member_id = ?1", member))
                    .isZero();
            assertThat(db.count("select count(*) from tracked_response where member_id = ?1", member))
                    .isZero();
        });
        assertThat(db.count("select count(*) from tracked_member where display_name = ?1", "Named While Away"))
                .isZero();
    }
}
