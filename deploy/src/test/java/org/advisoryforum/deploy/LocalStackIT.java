package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The launcher's whole stack (real PostgreSQL, Kafka, Keycloak and the four packaged services), used via the gateway. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LocalStackIT {

    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStack() throws Exception {
        stack = TestStack.get();
        gateway = stack.gatewayUrl();
    }

    private static String token(String user) {
        return Tokens.accessToken(stack.keycloakUrl(), user);
    }

    @Test
    void staffPublishThroughTheGatewayAndTrackingListsItWithinSeconds() {
        String staff = token("sam");
        String id = given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "End-to-end: respite care guidance",
                        "summary",
                        "Draft guidance on respite care for unpaid carers.",
                        "plainLanguageSummary",
                        "New advice about breaks for carers. Tell us what would help.",
                        "kind",
                        "GUIDANCE",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Policy and standards",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(14)).toString()))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .header("Location", containsString(gateway + "/api/consultations/"))
                .extract()
                .path("id");
        given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().baseUri(gateway)
                        .when()
                        .get("/api/tracking/consultations")
                        .then()
                        .statusCode(200)
                        .body("id", hasItem(id)));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().baseUri(gateway)
                        .auth()
                        .oauth2(staff)
                        .when()
                        .get("/api/forum/invitation-rounds")
                        .then()
                        .statusCode(200)
                        .body("consultationId", hasItem(id)));
        given().baseUri(gateway)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("End-to-end: respite care guidance"));
    }

    @Test
    void aMemberCannotPublish() {
        String staff = token("sam");
        String id = given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "End-to-end: member may not publish",
                        "summary",
                        "s",
                        "plainLanguageSummary",
                        "p",
                        "kind",
                        "POLICY",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Engagement",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(3)).toString()))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(gateway)
                .auth()
                .oauth2(token("amara"))
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(403);
        given().baseUri(gateway)
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(401);
    }

    @Test
    void theDemoDataIsThere() {
        given().baseUri(gateway)
                .when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .body("title", hasItem("Paying people for their involvement: our draft policy"));
        given().baseUri(gateway)
                .when()
                .get("/api/consultations?status=closed")
                .then()
                .statusCode(200)
                .body(
                        "title",
                        hasItem("Draft guidance: working in partnership with people who use social work services"));
    }

    /** A warm start's check: the stack's own start loaded the demo, so a second load sees that with one read. */
    @Test
    void loadingTheDemoDataAgainAddsNothing() throws Exception {
        List<String> before = given().baseUri(gateway)
                .get("/api/consultations?status=closed")
                .then()
                .statusCode(200)
                .extract()
                .path("title");

        assertThat(stack.loadDemoData())
                .as("a load after a complete one adds something")
                .isFalse();

        List<String> after = given().baseUri(gateway)
                .get("/api/consultations?status=closed")
                .then()
                .extract()
                .path("title");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theDemoConsultationShowsACompleteYouSaidWeDid() {
        List<String> ids = given().baseUri(gateway)
                .get("/api/consultations?status=closed")
                .then()
                .statusCode(200)
                .extract()
                .path(
                        "findAll { it.title == 'Draft guidance: working in partnership with people who use social work services' }.id");
        String id = ids.get(0);
        given().baseUri(gateway)
                .get("/api/consultations/" + id)
                .then()
                .body("status", equalTo("OUTCOME_PUBLISHED"))
                .body("draftVersion", equalTo(2));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().baseUri(gateway)
                        .get("/api/tracking/consultations/" + id + "/you-said-we-did")
                        .then()
                        .statusCode(200)
                        .body("youSaid.size()", equalTo(5))
                        .body("weDid.status", hasItem("IMPLEMENTED"))
                        .body("weDid.status", hasItem("PARTLY_ADOPTED"))
                        .body("weDid.status", hasItem("NOT_ADOPTED"))
                        .body(
                                "weDid.findAll { it.evidence?.draftChange != null }.size()",
                                org.hamcrest.Matchers.greaterThan(0))
                        .body("participation.voices.total", equalTo(5)));
    }
}
