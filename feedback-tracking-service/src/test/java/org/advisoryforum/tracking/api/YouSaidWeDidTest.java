package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.advisoryforum.tracking.support.FullConsultation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class YouSaidWeDidTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void aFullConsultationFedThroughTheBrokerShowsExactlyWhatWasSaidAndDoneOnceTheOutcomeIsPublished()
            throws Exception {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
        given().get(page).then().statusCode(404).contentType("application/problem+json");

        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());

        JsonNode actual = JSON.readTree(given().get(page)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString());
        actual.path("weDid").forEach(action -> ((ObjectNode) action).remove("updatedAt"));
        assertThat(actual).isEqualTo(JSON.readTree(expected(c)));
    }

    @Test
    void thePublicPageCarriesAnETagAOneSecondMaxAgeAndAnswers304WhenUnchanged() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";

        String etag = given().get(page)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("public, max-age=1"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(page).then().statusCode(304).header("ETag", etag);

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType("application/json")
                .body("{\"status\":\"DEFERRED\",\"reason\":\"Waiting for the Department.\"}")
                .post("/api/tracking/actions/" + c.implemented + "/status")
                .then()
                .statusCode(200);
        String changed = given().header("If-None-Match", etag)
                .get(page)
                .then()
                .statusCode(200)
                .body("weDid[0].status", equalTo("DEFERRED"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void everyActionAndStatusChangeIsPublishedWithThePseudonymousMembersBehindItAndNoStaffName() throws Exception {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        var record = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> r.value().contains(c.implemented.toString()),
                Duration.ofSeconds(30));
        assertThat(record.key()).isEqualTo(c.consultationId().toString());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo("action-status-changed");
        JsonNode payload = event.path("payload");
        assertThat(payload.path("actionId").asText()).isEqualTo(c.implemented.toString());
        assertThat(payload.path("consultationId").asText())
                .isEqualTo(c.consultationId().toString());
        assertThat(payload.path("status").asText()).isEqualTo("IMPLEMENTED");
        assertThat(payload.path("summary").asText())
                .isEqualTo("Sharing information now requires the format the person needs.");
        assertThat(payload.path("changedAt").isTextual()).isTrue();
        assertThat(JSON.convertValue(payload.path("memberIds"), String[].class))
                .containsExactlyInAnyOrder(
                        c.amara.memberId().toString(),
                        c.david.memberId().toString(),
                        c.priya.memberId().toString(),
                        c.tom.memberId().toString());
        assertThat(record.value()).doesNotContainPattern("\\bsam\\b").doesNotContain("Sam Carter");
    }

    static String expected(FullConsultation c) {
        String formatVoices = """
                {"total":4,"byPerspective":{"CARER":1,"LIVED_EXPERIENCE":2,"STUDENT":1},
                 "summary":"4 voices: 2 with lived experience, 1 carer, 1 student"}""";
        String carersVoices = """
                {"total":3,"byPerspective":{"CARER":2,"LIVED_EXPERIENCE":1},
                 "summary":"3 voices: 2 carers, 1 with lived experience"}""";
        String decideVoices = """
                {"total":2,"byPerspective":{"LIVED_EXPERIENCE":2,"STUDENT":1},
                 "summary":"2 voices: 2 with lived experience, 1 student"}""";
        return """
                {"consultationId":"%s","title":"%s","plainLanguageSummary":"In plain words",
                 "accountableTeam":"Policy and standards","closedAt":"2026-01-10T17:00:00Z",
                 "outcomePublishedAt":"2026-02-20T12:00:00Z","outcomeDueBy":"2026-04-04","overdueSince":null,
                 "participation":{"voices":{"total":5,"byPerspective":{"CARER":2,"LIVED_EXPERIENCE":3,"STUDENT":1},
                    "summary":"5 voices: 3 with lived experience, 2 carers, 1 student"},
                    "byRegion":{"NORTH_WEST":2,"SCOTLAND":1,"WALES":1}},
                 "youSaid":[
                  {"keyPointId":"%s","text":"%s","voices":%s,"quotes":[
                     {"text":"%s","attribution":"ANONYMOUS","name":null},
                     {"text":"%s","attribution":"NAMED","name":"David P."},
                     {"text":"%s","attribution":"NAMED","name":"Priya R."}],"actionIds":["%s"]},
                  {"keyPointId":"%s","text":"%s","voices":%s,"quotes":[
                     {"text":"%s","attribution":"NAMED","name":"David P."},
                     {"text":"%s","attribution":"NAMED","name":"Priya R."}],"actionIds":["%s"]},
                  {"keyPointId":"%s","text":"%s","voices":%s,"quotes":[
                     {"text":"%s","attribution":"ANONYMOUS","name":null}],"actionIds":["%s"]},
                  {"keyPointId":"%s","text":"%s","voices":{"total":1,"byPerspective":{"LIVED_EXPERIENCE":1},
                     "summary":"1 voice: 1 with lived experience"},"quotes":[],"actionIds":[]}],
                 "weDid":[
                  {"actionId":"%s","keyPointIds":["%s"],"description":"Sharing information now requires the format the person needs.",
                   "status":"IMPLEMENTED","reason":null,"owner":"Policy and standards","dueDate":"2026-03-31","reviewDate":null,
                   "overdue":false,"commitmentWithoutDate":false,"evidence":{"draftChange":{"fromVersion":1,"toVersion":2,"sectionKey":"information",
                   "change":"CHANGED","headingBefore":"Heading information","headingAfter":"Heading information",
                   "textBefore":"%s","textAfter":"%s"},"documentUrl":null,"description":null},"voices":%s,
                   "confirmations":{"reflects":0,"misses":0},
                   "difference":{"madeADifference":0,"someDifference":0,"noDifference":0}},
                  {"actionId":"%s","keyPointIds":["%s"],"description":"Carers should not be asked to repeat information.",
                   "status":"PARTLY_ADOPTED","reason":"Joining up record systems is outside what guidance can require.",
                   "owner":"Policy and standards","dueDate":null,"reviewDate":null,"overdue":false,"commitmentWithoutDate":false,
                   "evidence":{"draftChange":{"fromVersion":1,"toVersion":2,"sectionKey":"carers","change":"CHANGED",
                   "headingBefore":"Heading carers","headingAfter":"Heading carers","textBefore":"%s","textAfter":"%s"},
                   "documentUrl":null,"description":null},"voices":%s,"confirmations":{"reflects":0,"misses":0},
                   "difference":{"madeADifference":0,"someDifference":0,"noDifference":0}},
                  {"actionId":"%s","keyPointIds":["%s"],"description":"No change to the decision wording.",
                   "status":"NOT_ADOPTED","reason":"The law sets this wording.","owner":"Legal team","dueDate":null,
                   "reviewDate":"2026-09-30","overdue":false,"commitmentWithoutDate":false,
                   "evidence":{"draftChange":null,"documentUrl":"https://example.gov.uk/explainer","description":null},"voices":%s,
                   "confirmations":{"reflects":0,"misses":0},
                   "difference":{"madeADifference":0,"someDifference":0,"noDifference":0}}]}
                """.formatted(
                        c.consultationId(),
                        TITLE,
                        c.kpFormat,
                        KP_FORMAT,
                        formatVoices,
                        AMARA_Q2,
                        DAVID_Q2,
                        PRIYA_Q2,
                        c.implemented,
                        c.kpCarers,
                        KP_CARERS,
                        carersVoices,
                        DAVID_Q4,
                        PRIYA_Q4,
                        c.partlyAdopted,
                        c.kpDecide,
                        KP_DECIDE,
                        decideVoices,
                        AMARA_COMMENT,
                        c.notAdopted,
                        c.kpAdvocate,
                        KP_ADVOCATE,
                        c.implemented,
                        c.kpFormat,
                        INFO_V1,
                        INFO_V2,
                        formatVoices,
                        c.partlyAdopted,
                        c.kpCarers,
                        CARERS_V1,
                        CARERS_V2,
                        carersVoices,
                        c.notAdopted,
                        c.kpDecide,
                        decideVoices);
    }
}
