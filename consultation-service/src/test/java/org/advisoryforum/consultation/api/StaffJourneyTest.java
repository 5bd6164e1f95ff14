package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffJourneyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void createPublishCloseOnScheduleKeyPointsReviseAndPublishTheOutcome() throws Exception {
        Fixture.memberJoined(bootstrapServers, "amara", "\"LIVED_EXPERIENCE\"", "ANONYMOUS");
        Fixture.memberJoined(bootstrapServers, "david", "\"CARER\"", "NAMED");
        String amara = Fixture.memberId("amara");
        String david = Fixture.memberId("david");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth()
                    .oauth2(Fixture.staff())
                    .get("/api/consultations/member-snapshots/" + amara)
                    .then()
                    .statusCode(200)
                    .body("perspectives[0]", equalTo("LIVED_EXPERIENCE"))
                    .body("quoteConsent", equalTo("ANONYMOUS"));
            given().auth()
                    .oauth2(Fixture.staff())
                    .get("/api/consultations/member-snapshots/" + david)
                    .then()
                    .statusCode(200);
        });
        given().auth()
                .oauth2(org.advisoryforum.platform.test.Tokens.accessToken("amara"))
                .get("/api/consultations/member-snapshots/" + amara)
                .then()
                .statusCode(403);

        String id = Fixture.open("Staff journey", Instant.now().plus(Duration.ofSeconds(8)));
        Fixture.save(
                        "amara",
                        id,
                        Fixture.completeAnswers("Use short words and one page.", "Ask me how I want to get it."))
                .statusCode(200)
                .body("attribution", equalTo("ANONYMOUS"));
        Fixture.submit("amara", id).statusCode(200);
        Fixture.save("david", id, Fixture.completeAnswers("Large print, and a phone call."))
                .statusCode(200)
                .body("attribution", equalTo("NAMED"));
        Fixture.submit("david", id).statusCode(200);

        // key points are for after the close, which happens on schedule by itself
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Too early", "inputs", List.of(java.util.UUID.randomUUID())))
                .post("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(409);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().get("/api/consultations/" + id).then().body("status", equalTo("CLOSED")));
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.lifecycle.v1",
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"closed\""),
                Duration.ofSeconds(20));

        JsonPath responses = given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String amaraQ2 = responses.getString(
                "find { it.memberId == '" + amara + "' }.answers.find { it.questionKey == 'q2' }.answerId");
        String amaraComment =
                responses.getString("find { it.memberId == '" + amara + "' }.sectionComments[0].commentId");
        String davidQ2 = responses.getString(
                "find { it.memberId == '" + david + "' }.answers.find { it.questionKey == 'q2' }.answerId");

        String keyPoint = given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Information must come in the format each person needs.",
                        "inputs",
                        List.of(amaraQ2, amaraComment, davidQ2)))
                .post("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(201)
                .body("voices.total", equalTo(2))
                .body("voices.byPerspective.LIVED_EXPERIENCE", equalTo(1))
                .body("voices.byPerspective.CARER", equalTo(1))
                .extract()
                .path("id");
        given().get("/api/consultations/" + id).then().body("status", equalTo("ANALYSING"));
        ConsumerRecord<String, String> keyPointEvent = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.keypoint.v1",
                r -> r.value().contains(keyPoint),
                Duration.ofSeconds(20));
        assertThat(json.readTree(keyPointEvent.value()).path("payload").path("inputs"))
                .hasSize(3);

        List<Map<String, Object>> v2 = List.of(
                Fixture.SECTIONS_V1.get(0),
                Map.of(
                        "key",
                        "information",
                        "heading",
                        "Sharing information",
                        "text",
                        "People should be given information in the format they need: easy read, large print or BSL."),
                Map.of(
                        "key",
                        "feedback",
                        "heading",
                        "Feedback",
                        "text",
                        "People can complain through the local authority."));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("sections", v2, "note", "Changed after the forum's answers"))
                .post("/api/consultations/" + id + "/draft-versions")
                .then()
                .statusCode(201)
                .body("fromVersion", equalTo(1))
                .body("toVersion", equalTo(2));

        ConsumerRecord<String, String> revised = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.lifecycle.v1",
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"draft-revised\""),
                Duration.ofSeconds(20));
        JsonNode changes = json.readTree(revised.value()).path("payload").path("changes");
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).path("sectionKey").asText()).isEqualTo("information");
        assertThat(changes.get(0).path("change").asText()).isEqualTo("CHANGED");
        assertThat(changes.get(0).path("textBefore").asText())
                .isEqualTo("People should be given information about their assessment in writing.");
        assertThat(changes.get(0).path("textAfter").asText()).contains("easy read, large print or BSL");
        assertThat(changes.get(1).path("sectionKey").asText()).isEqualTo("feedback");
        assertThat(changes.get(1).path("change").asText()).isEqualTo("ADDED");
        assertThat(changes.get(2).path("sectionKey").asText()).isEqualTo("carers");
        assertThat(changes.get(2).path("change").asText()).isEqualTo("REMOVED");

        given().get("/api/consultations/" + id + "/draft-diff?from=1&to=2")
                .then()
                .statusCode(200)
                .body("changes.size()", equalTo(3));
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + id + "/publish-outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("OUTCOME_PUBLISHED"));
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "consultation.lifecycle.v1",
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"outcome-published\""),
                Duration.ofSeconds(20));
    }
}
