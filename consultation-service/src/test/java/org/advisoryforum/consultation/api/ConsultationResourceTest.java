package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.advisoryforum.consultation.repository.ConsultationRepository;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationResourceTest {

    @Inject
    ConsultationRepository repository;

    static Map<String, Object> consultation(String title) {
        return Map.of(
                "title", title,
                "summary", "We want to pay people fairly for the time and expertise they give us.",
                "plainLanguageSummary", "We want to pay you for your time when you help us.",
                "kind", "POLICY",
                "audience", "MEMBERS_AND_PUBLIC",
                "accountableTeam", "Engagement",
                "closesAt", Instant.now().plus(Duration.ofDays(20)).toString());
    }

    static String create(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    long storedConsultations() {
        return QuarkusTransaction.requiringNew().call(() -> repository.count());
    }

    @Test
    void staffCreatesAndPublishesAConsultationThatThePublicCanThenRead() {
        String id = create(consultation("Paying people for their involvement"));

        given().when().get("/api/consultations/" + id).then().statusCode(404);
        given().when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));

        given().when()
                .get("/api/consultations/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Paying people for their involvement"))
                .body("status", equalTo("OPEN"));
        given().when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void staffCanCloseAnOpenConsultationEarlyButNotTwice() {
        String id = create(consultation("Closing early"));
        String staff = Tokens.accessToken("sam");
        given().auth()
                .oauth2(staff)
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(staff)
                .post("/api/consultations/" + id + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(staff)
                .post("/api/consultations/" + id + "/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/api/consultations?status=closed").then().body("id", hasItem(id));
    }

    @Test
    void withoutATokenCreatingIsUnauthorised() {
        long before = storedConsultations();
        given().contentType(ContentType.JSON)
                .body(consultation("No token"))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(401);
        assertThat(storedConsultations()).isEqualTo(before);
    }

    @Test
    void aMemberCannotCreateOrPublishConsultations() {
        String member = Tokens.accessToken("amara");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(consultation("Member try"))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String id = create(consultation("Staff only publishing"));
        given().auth()
                .oauth2(member)
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(403);
    }

    @Test
    void malformedJsonIsRefusedWithAProblemAndNothingIsStored() {
        long before = storedConsultations();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON"));
        assertThat(storedConsultations()).isEqualTo(before);
    }

    @Test
    void missingAndInvalidFieldsAreNamedInTheProblem() {
        long before = storedConsultations();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "x",
                        "kind",
                        "POLICY",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Engagement",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(2)).toString()))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));

        Map<String, Object> unknownKind = new java.util.HashMap<>(consultation("Unknown kind"));
        unknownKind.put("kind", "MANIFESTO");
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(unknownKind)
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        assertThat(storedConsultations()).isEqualTo(before);
    }

    @Test
    void publishingWithoutAPlainLanguageSummaryIsRefused() {
        Map<String, Object> body = new java.util.HashMap<>(consultation("No plain summary"));
        body.remove("plainLanguageSummary");
        String id = create(body);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("plainLanguageSummary"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .when()
                .get("/api/consultations/" + id)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void anUnknownConsultationIsAProblemNotFound() {
        given().when()
                .get("/api/consultations/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @io.quarkus.test.common.http.TestHTTPResource(
            value = "/health/ready",
            management = true) // under the management root, /q
    java.net.URL readiness;

    @Test
    void healthReportsTheDatabaseAndKafkaOnTheManagementInterfaceOnly() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(404);
        given().when()
                .get(readiness)
                .then()
                .statusCode(200)
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Kafka")));
    }
}
