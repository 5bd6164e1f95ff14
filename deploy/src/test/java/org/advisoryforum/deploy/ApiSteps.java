package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;

/**
 * The steps end-to-end tests take through the gateway's API to set up what they then check: a fresh person becomes a
 * member, staff open a consultation of its own, the member answers, and staff turn the answer into a key point and
 * an action. Each test gets data no other test counts, so tests stay independent on the one shared stack.
 */
final class ApiSteps {

    static final String STAFF = "sam";
    static final Duration PROPAGATION = Duration.ofSeconds(90);

    private final LocalStack stack;

    ApiSteps(LocalStack stack) {
        this.stack = stack;
    }

    /** A JSON request to the gateway with a fresh access token of this user. */
    RequestSpecification as(String username) {
        return given().baseUri(stack.gatewayUrl())
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), username))
                .contentType(ContentType.JSON);
    }

    /** The person applies, staff approve them, and consultation-service knows them as a member. */
    void becomeMember(
            KeycloakTestUsers.Person person, String displayName, String why, String perspective, String region) {
        as(person.username())
                .body(Map.of(
                        "displayName",
                        displayName,
                        "why",
                        why,
                        "perspectives",
                        List.of(perspective),
                        "region",
                        region,
                        "accessibilityNeeds",
                        List.of(),
                        "contactByEmail",
                        true))
                .post("/api/forum/applications")
                .then()
                .statusCode(201);
        String application = as(STAFF)
                .get("/api/forum/applications")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.applicantId == '" + person.id() + "' }.id");
        as(STAFF)
                .body(Map.of("decision", "APPROVE"))
                .post("/api/forum/applications/" + application + "/decision")
                .then()
                .statusCode(200);
        await().atMost(PROPAGATION)
                .until(() -> as(STAFF)
                                .get("/api/consultations/member-snapshots/" + person.id())
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
    }

    /** An open consultation with the demo's payment draft and questions (p1 choice, p2 free text, p3 scale). */
    String openConsultation(String title) throws IOException {
        JsonNode demo = new ObjectMapper()
                .readTree(Path.of(System.getProperty("advisoryforum.root", ".."))
                        .resolve("deploy/demo/consultation-payment.json")
                        .toFile());
        ObjectNode request = ((ObjectNode) demo.path("consultation").deepCopy())
                .retain("summary", "plainLanguageSummary", "kind", "audience", "accountableTeam");
        request.put("title", title);
        request.put("closesAt", Instant.now().plus(Duration.ofDays(7)).toString());
        String id = as(STAFF)
                .body(request.toString())
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(STAFF)
                .body(Map.of("sections", demo.path("draftV1")))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        as(STAFF)
                .body(Map.of("questions", demo.path("questions")))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        as(STAFF).post("/api/consultations/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** The member's answer to {@link #openConsultation}'s questions, with these words for p2; sent (or amended). */
    void answer(KeycloakTestUsers.Person person, String consultationId, String attribution, String words) {
        String path = "/api/consultations/" + consultationId + "/responses/me";
        as(person.username())
                .body(Map.of("attribution", attribution, "answers", Map.of("p1", "About right", "p2", words, "p3", 4)))
                .put(path)
                .then()
                .statusCode(200);
        String status =
                as(person.username()).get(path).then().statusCode(200).extract().path("status");
        if (!"SUBMITTED".equals(status)) {
            as(person.username()).post(path + "/submit").then().statusCode(200);
        }
    }

    /** Staff close the consultation and make a key point of the member's p2 answer; its id in tracking. */
    String closeWithKeyPoint(String consultationId, KeycloakTestUsers.Person person, String text) {
        as(STAFF).post("/api/consultations/" + consultationId + "/close").then().statusCode(200);
        String answer = as(STAFF)
                .get("/api/consultations/" + consultationId + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.memberId == '" + person.id() + "' }.answers.find { it.questionKey == 'p2' }.answerId");
        as(STAFF)
                .body(Map.of("text", text, "inputs", List.of(answer)))
                .post("/api/consultations/" + consultationId + "/key-points")
                .then()
                .statusCode(201);
        return await().atMost(PROPAGATION)
                .until(
                        () -> as(STAFF)
                                .get("/api/tracking/consultations/" + consultationId + "/key-points")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("find { it.text == '" + text + "' }.id"),
                        id -> id != null);
    }

    /** An agreed action on the key point, reviewed on that date (or never); its id. */
    String agreedAction(String consultationId, String keyPoint, String description, LocalDate reviewDate) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of(
                "consultationId",
                consultationId,
                "keyPointIds",
                List.of(keyPoint),
                "description",
                description,
                "owner",
                "Engagement",
                "status",
                "AGREED"));
        if (reviewDate != null) {
            request.put("reviewDate", reviewDate.toString());
        }
        return as(STAFF)
                .body(request)
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    void publishOutcome(String consultationId) {
        as(STAFF)
                .body(Map.of())
                .post("/api/consultations/" + consultationId + "/publish-outcome")
                .then()
                .statusCode(200);
    }
}
