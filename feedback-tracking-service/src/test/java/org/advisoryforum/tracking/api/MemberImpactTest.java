package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberImpactTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void aMemberSeesWhatBecameOfEachOfTheirOwnAnswersAndNobodyElses() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"))
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        JsonPath impact = given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/tracking/members/me/impact")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<String> mine =
                c.amara.inputs().stream().map(i -> i.id().toString()).toList();
        List<String> shown = impact.getList("items.inputId");
        assertThat(shown).containsAll(mine);
        List<String> others = List.of(c.david, c.priya, c.tom, c.grace).stream()
                .flatMap(r -> r.inputs().stream())
                .map(i -> i.id().toString())
                .toList();
        assertThat(shown).doesNotContainAnyElementsOf(others);

        String q2 = c.amara.input("q2").id().toString();
        assertThat(impact.getString("items.find { it.inputId == '" + q2 + "' }.state"))
                .isEqualTo("answered");
        assertThat(impact.getString("items.find { it.inputId == '" + q2 + "' }.keyPoints[0].text"))
                .isEqualTo(FullConsultation.KP_FORMAT);
        assertThat(impact.getString("items.find { it.inputId == '" + q2 + "' }.keyPoints[0].actions[0].status"))
                .isEqualTo("IMPLEMENTED");
        String q3 = c.amara.input("q3").id().toString();
        assertThat(impact.getString("items.find { it.inputId == '" + q3 + "' }.state"))
                .isEqualTo("in a key point, not yet answered");
        String q1 = c.amara.input("q1").id().toString();
        assertThat(impact.getString("items.find { it.inputId == '" + q1 + "' }.state"))
                .isEqualTo("not in a key point yet");

        // david (no answers in tracking) sees nothing of amara's
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .get("/api/tracking/members/me/impact")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.inputId", String.class)
                .forEach(id -> assertThat(mine).doesNotContain(id));
    }

    @Test
    void membersConfirmOrChallengeAPublishedActionOncePerMemberAndTheTallyIsPublic() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"), Tokens.subject("david"))
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String confirmations = "/api/tracking/actions/" + c.implemented + "/confirmations";
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";

        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"MISSES\",\"comment\":\"Not quite\"}")
                .post(confirmations)
                .then()
                .statusCode(200)
                .body("tally.misses", equalTo(1));
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .contentType("application/json")
                .body("{\"verdict\":\"REFLECTS\"}")
                .post(confirmations)
                .then()
                .statusCode(200);
        // amara changes her mind: still one confirmation of hers
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"REFLECTS\"}")
                .post(confirmations)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("REFLECTS"))
                .body("tally.reflects", equalTo(2))
                .body("tally.misses", equalTo(0));

        given().get(page)
                .then()
                .statusCode(200)
                .body("weDid[0].confirmations.reflects", equalTo(2))
                .body("weDid[0].confirmations.misses", equalTo(0));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/tracking/members/me/impact")
                .then()
                .body(
                        "items.find { it.inputId == '" + c.amara.input("q2").id()
                                + "' }.keyPoints[0].actions[0].myVerdict",
                        equalTo("REFLECTS"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/actions/" + c.implemented)
                .then()
                .body("confirmations.reflects", equalTo(2))
                .body("comments", org.hamcrest.Matchers.empty());
        var record = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> r.value().contains("confirmation-recorded")
                        && r.value().contains(c.implemented.toString())
                        && r.value().contains("\"reflects\":2"),
                Duration.ofSeconds(30));
        assertThat(record.value())
                .doesNotContain(
                        Tokens.subject("amara").toString(),
                        Tokens.subject("david").toString());
    }

    @Test
    void aMemberWhoContributedNothingToAnActionCannotConfirmOrChallengeIt() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"))
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";

        // priya (the real member) said nothing in this consultation; amara said nothing that led to the carers action
        for (String verdict : List.of("REFLECTS", "MISSES")) {
            given().auth()
                    .oauth2(Tokens.accessToken("priya"))
                    .contentType("application/json")
                    .body("{\"verdict\":\"" + verdict + "\"}")
                    .post("/api/tracking/actions/" + c.implemented + "/confirmations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("code", equalTo("not_a_contributor"));
        }
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"MISSES\"}")
                .post("/api/tracking/actions/" + c.partlyAdopted + "/confirmations")
                .then()
                .statusCode(403)
                .body("code", equalTo("not_a_contributor"));
        // amara's answer is behind the implemented action: she may
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"REFLECTS\"}")
                .post("/api/tracking/actions/" + c.implemented + "/confirmations")
                .then()
                .statusCode(200)
                .body("tally.reflects", equalTo(1));

        assertThat(db.count("select count(*) from confirmation where member_id = ?1", Tokens.subject("priya")))
                .isZero();
        assertThat(db.count("select count(*) from confirmation where action_id = ?1", c.partlyAdopted))
                .isZero();
        given().get(page)
                .then()
                .statusCode(200)
                .body("weDid.find { it.actionId == '" + c.implemented + "' }.confirmations.reflects", equalTo(1))
                .body("weDid.find { it.actionId == '" + c.implemented + "' }.confirmations.misses", equalTo(0))
                .body("weDid.find { it.actionId == '" + c.partlyAdopted + "' }.confirmations.misses", equalTo(0));
    }

    @Test
    void aStatusChangeIsKeptAsHistoryWithWhoAndWhenForStaff() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .contentType("application/json")
                .body("{\"status\":\"DEFERRED\",\"reason\":\"Waiting for the law to change.\"}")
                .post("/api/tracking/actions/" + c.notAdopted + "/status")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/tracking/actions/" + c.notAdopted)
                .then()
                .statusCode(200)
                .body("status", equalTo("DEFERRED"))
                .body("history.size()", equalTo(2))
                .body("history[0].status", equalTo("NOT_ADOPTED"))
                .body("history[0].changedBy", equalTo("sam"))
                .body("history[1].status", equalTo("DEFERRED"))
                .body("history[1].changedBy", equalTo("ada"))
                .body("history[1].reason", equalTo("Waiting for the law to change."));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        KafkaTopicReader.readAll(bootstrapServers, "tracking.outcome.v1", Duration.ofSeconds(10))
                                .stream()
                                .anyMatch(r -> r.value().contains(c.notAdopted.toString())
                                        && r.value().contains("DEFERRED")));
    }
}
