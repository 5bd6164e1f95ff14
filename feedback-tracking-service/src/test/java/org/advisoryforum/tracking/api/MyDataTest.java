package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** GET /api/tracking/members/me/data: what tracking holds keyed to the caller, nobody else's, no safeguarding flag. */
@QuarkusTest
class MyDataTest {

    private static final String MY_DATA = "/api/tracking/members/me/data";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void aMemberGetsTheirTrackedInputsModerationConfirmationsAndImpactButNoOtherMembersAndNoSafeguardingFlag() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"), Tokens.subject("david"))
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String comment = "It is closer, but not the whole of it " + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body(Map.of("verdict", "MISSES", "comment", comment))
                .post("/api/tracking/actions/" + c.implemented + "/confirmations")
                .then()
                .statusCode(200);
        String concern = "Staff concern about this answer " + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType("application/json")
                .body(Map.of("inputId", c.amara.input("q2").id(), "concern", concern))
                .post("/api/tracking/safeguarding/flags")
                .then()
                .statusCode(201);

        String difference = "Made the travel form simpler for me " + UUID.randomUUID();
        db.execute(
                "insert into difference_answer (action_id, member_id, answer, comment, answered_at)"
                        + " values (cast(?1 as uuid), cast(?2 as uuid), 'SOME_DIFFERENCE', ?3, now())",
                c.implemented.toString(),
                c.amara.memberId().toString(),
                difference);

        String response = "responses.find { it.responseId == '" + c.amara.responseId() + "' }";
        String q2 = response + ".inputs.find { it.inputId == '"
                + c.amara.input("q2").id() + "' }";
        String body = given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get(MY_DATA)
                .then()
                .statusCode(200)
                .body("generatedAt", notNullValue())
                .body("member.quoteConsent", equalTo("ANONYMOUS"))
                .body(response + ".consultationId", equalTo(c.consultationId().toString()))
                .body(response + ".attribution", equalTo("ANONYMOUS"))
                .body(q2 + ".questionKey", equalTo("q2"))
                .body(q2 + ".quoteText", equalTo(FullConsultation.AMARA_Q2))
                .body(q2 + ".moderation.status", equalTo("APPROVED"))
                .body("confirmations.find { it.actionId == '" + c.implemented + "' }.verdict", equalTo("MISSES"))
                .body("confirmations.find { it.actionId == '" + c.implemented + "' }.comment", equalTo(comment))
                .body("differences.find { it.actionId == '" + c.implemented + "' }.answer", equalTo("SOME_DIFFERENCE"))
                .body("differences.find { it.actionId == '" + c.implemented + "' }.comment", equalTo(difference))
                .body("impact.items.inputId", hasItem(c.amara.input("q2").id().toString()))
                .extract()
                .asString();
        assertThat(body)
                .doesNotContain(
                        FullConsultation.DAVID_Q2,
                        FullConsultation.PRIYA_Q2,
                        c.david.memberId().toString(),
                        c.david.responseId().toString(),
                        concern,
                        Tokens.subject("sam").toString());

        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .get(MY_DATA)
                .then()
                .statusCode(200)
                .body(
                        "responses.find { it.responseId == '" + c.david.responseId() + "' }.inputs.quoteText",
                        hasItem(FullConsultation.DAVID_Q2));
        assertThat(given().auth()
                        .oauth2(Tokens.accessToken("david"))
                        .get(MY_DATA)
                        .asString())
                .doesNotContain(FullConsultation.AMARA_Q2, comment, difference);
    }

    @Test
    void onlyMembersMayAskForTheirData() {
        given().get(MY_DATA).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get(MY_DATA)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
