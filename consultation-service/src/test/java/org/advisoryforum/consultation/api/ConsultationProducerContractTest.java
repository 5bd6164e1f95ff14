package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryforum.platform.contracts.ProducerContracts;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * consultation-service keeps its event contracts (platform-contracts): through its real API it emits every type of
 * consultation.lifecycle.v1, consultation.response.v1 and consultation.keypoint.v1, and every record on those topics,
 * read back from Kafka, keeps the envelope schema and its type's payload schema; a type without a schema fails.
 */
@QuarkusTest
class ConsultationProducerContractTest {

    private static final List<String> TOPICS =
            List.of("consultation.lifecycle.v1", "consultation.response.v1", "consultation.keypoint.v1");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyEventTypeItEmitsThroughItsApiKeepsItsJsonSchema() {
        Fixture.memberKnown(bootstrapServers, "amara", "ANONYMOUS");
        Fixture.memberKnown(bootstrapServers, "david", "NAMED");

        // published, then submitted, amended and withdrawn while open; closed by staff
        String id = Fixture.openForAWhile("Contract check");
        Fixture.save(
                        "amara",
                        id,
                        Fixture.completeAnswers("Use short words and one page.", "Ask me how I want to get it."))
                .statusCode(200);
        Fixture.submit("amara", id).statusCode(200);
        Fixture.save("amara", id, Map.of("answers", Map.of("q1", 3))).statusCode(200);
        Fixture.save("david", id, Fixture.completeAnswers("Large print, and a phone call."))
                .statusCode(200);
        Fixture.submit("david", id).statusCode(200);
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .delete("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + id + "/close")
                .then()
                .statusCode(200);

        // a key point (created), a revised draft (draft-revised), the outcome (outcome-published)
        JsonPath responses = given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String answer = responses.getString("[0].answers.find { it.questionKey == 'q2' }.answerId");
        String comment = responses.getString("[0].sectionComments[0].commentId");
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Information must come in the format each person needs.",
                        "inputs",
                        List.of(answer, comment)))
                .post("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sections",
                        List.of(
                                Fixture.SECTIONS_V1.get(0),
                                Map.of("key", "feedback", "heading", "Feedback", "text", "People can complain.")),
                        "note",
                        "Changed after the forum's answers"))
                .post("/api/consultations/" + id + "/draft-versions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + id + "/publish-outcome")
                .then()
                .statusCode(200);

        // published before its opening time: opened on schedule
        Map<String, Object> scheduled =
                new HashMap<>(ConsultationResourceTest.consultation("Contract check, scheduled"));
        scheduled.put("opensAt", Instant.now().plusSeconds(2).toString());
        String later = ConsultationResourceTest.create(scheduled);
        given().auth()
                .oauth2(Fixture.staff())
                .post("/api/consultations/" + later + "/publish")
                .then()
                .statusCode(200);

        ProducerContracts.awaitEveryTypeEmitted(TOPICS, Set.of(id, later));
    }
}
