package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Did it make a difference?" in a real browser against the whole stack: a fresh member answers a consultation, their
 * answer becomes a key point and an action whose review date is today; tracking's review (every few seconds in the
 * tests' stack, {@code TRACKING_REVIEW_EVERY} in deploy/pom.xml) asks them through forum-service's inbox; they answer
 * on the page (axe-core in English and Welsh, and without JavaScript), and the public page shows the counts only.
 *
 * <p>A fresh member and a consultation of its own, so no demo member's inbox or limits change.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DifferenceIT {

    private static final String STAFF = "sam";
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private static LocalStack stack;
    private static String gateway;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        gateway = stack.gatewayUrl();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMemberBehindAnActionIsAskedWhenItsReviewDateComesAndAnswersInEitherLanguage() throws Exception {
        KeycloakTestUsers.Person person = KeycloakTestUsers.create(stack.keycloakUrl(), "difference");
        String tag = person.username().substring(person.username().indexOf('-') + 1);
        String comment = "The travel form is shorter now " + tag;
        becomeMember(person);
        String consultation = openConsultation(tag);
        String path = "/api/consultations/" + consultation + "/responses/me";
        api(person.username()).body(Map.of("attribution", "ANONYMOUS",
                "answers", Map.of("p1", "About right", "p2", "Pay travel before the meeting " + tag, "p3", 4)))
                .put(path).then().statusCode(200);
        api(person.username()).post(path + "/submit").then().statusCode(200);
        String action = actionReviewedToday(consultation, person, tag);

        String notifications = "/api/forum/members/me/notifications";
        await().atMost(PROPAGATION).pollInterval(Duration.ofSeconds(2)).until(() ->
                api(person.username()).get(notifications).then().statusCode(200).extract().jsonPath()
                        .getList("findAll { it.key == 'difference_asked' }.params.actionId").contains(action));

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, person.username());
            page.navigate(gateway + "/account");
            Browser.assertAccessible(page, "inbox with the question");
            page.click("a[href='/account/difference/" + action + "']");
            page.waitForURL("**/account/difference/" + action);
            Browser.assertAccessible(page, "did it make a difference");
            Browser.screenshot(page, "difference");
            page.click("button:has-text('Send my answer')");
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.title()).startsWith("Error:");
            Browser.assertAccessible(page, "did it make a difference, nothing chosen");
            page.check("input[name=answer] >> nth=1");
            page.fill("#comment", comment);
            page.click("button:has-text('Send my answer')");
            page.waitForURL("**/account/difference/" + action + "?sent=true");
            assertThat(Browser.html(page)).contains("Your answer has been sent");

            page.navigate(gateway + "/account?lang=cy");
            assertThat(Browser.html(page)).contains("Dywedwch wrthym a wnaeth wahaniaeth");
            Browser.assertAccessible(page, "the inbox in Welsh");
            page.navigate(gateway + "/account/difference/" + action);
            assertThat(Browser.html(page)).contains("Anfon fy ateb");
            Browser.assertAccessible(page, "did it make a difference, in Welsh");
        }
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, person.username());
            page.navigate(gateway + "/account/difference/" + action);
            page.check("input[name=answer] >> nth=0");
            page.click("button:has-text('Send my answer')");
            page.waitForURL("**/account/difference/" + action + "?sent=true");
            assertThat(Browser.html(page)).contains("Your answer has been sent");
        }

        JsonNode weDid = await().atMost(PROPAGATION).until(() -> api(STAFF)
                .get("/api/tracking/consultations/" + consultation + "/you-said-we-did").then().extract().body()
                .as(JsonNode.class), page -> page.path("weDid").findValues("difference").stream()
                .anyMatch(d -> d.path("madeADifference").asLong() == 1));
        assertThat(weDid.toString()).doesNotContain(comment).doesNotContain(person.id().toString());
        String publicPage = given().baseUri(gateway).get("/consultations/" + consultation + "/you-said-we-did")
                .then().statusCode(200).extract().asString();
        assertThat(publicPage).doesNotContain(comment);
    }

    private static RequestSpecification api(String username) {
        return given().baseUri(gateway).auth().oauth2(Tokens.accessToken(stack.keycloakUrl(), username))
                .contentType(ContentType.JSON);
    }

    private static void becomeMember(KeycloakTestUsers.Person person) {
        api(person.username()).body(Map.of("displayName", "Reviewer " + person.id().toString().substring(0, 6),
                        "why", "I want to see what changed", "perspectives", List.of("CARER"), "region", "OUTSIDE_ENGLAND",
                        "accessibilityNeeds", List.of(), "contactByEmail", true))
                .post("/api/forum/applications").then().statusCode(201);
        String application = api(STAFF).get("/api/forum/applications").then().statusCode(200).extract()
                .path("find { it.applicantId == '" + person.id() + "' }.id");
        api(STAFF).body(Map.of("decision", "APPROVE")).post("/api/forum/applications/" + application + "/decision")
                .then().statusCode(200);
        await().atMost(PROPAGATION).until(() -> api(STAFF)
                .get("/api/consultations/member-snapshots/" + person.id()).then().extract().statusCode() == 200);
    }

    private static String openConsultation(String tag) throws Exception {
        JsonNode demo = new ObjectMapper().readTree(Path.of(System.getProperty("advisoryforum.root", ".."))
                .resolve("deploy/demo/consultation-payment.json").toFile());
        ObjectNode request = ((ObjectNode) demo.path("consultation").deepCopy())
                .retain("summary", "plainLanguageSummary", "kind", "audience", "accountableTeam");
        request.put("title", "Difference check " + tag);
        request.put("closesAt", Instant.now().plus(Duration.ofDays(7)).toString());
        String id = api(STAFF).body(request.toString()).post("/api/consultations").then().statusCode(201)
                .extract().path("id");
        api(STAFF).body(Map.of("sections", demo.path("draftV1"))).put("/api/consultations/" + id + "/draft")
                .then().statusCode(200);
        api(STAFF).body(Map.of("questions", demo.path("questions"))).put("/api/consultations/" + id + "/questions")
                .then().statusCode(200);
        api(STAFF).post("/api/consultations/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Closed, the answer in a key point, an agreed action whose review date is today (in London), the outcome out. */
    private static String actionReviewedToday(String consultation, KeycloakTestUsers.Person person, String tag) {
        api(STAFF).post("/api/consultations/" + consultation + "/close").then().statusCode(200);
        String answer = api(STAFF).get("/api/consultations/" + consultation + "/responses").then().statusCode(200)
                .extract().path("find { it.memberId == '" + person.id() + "' }.answers.find { it.questionKey == 'p2' }.answerId");
        String text = "Travel paid before meetings " + tag;
        api(STAFF).body(Map.of("text", text, "inputs", List.of(answer)))
                .post("/api/consultations/" + consultation + "/key-points").then().statusCode(201);
        String keyPoint = await().atMost(PROPAGATION).until(() -> api(STAFF)
                .get("/api/tracking/consultations/" + consultation + "/key-points").then().statusCode(200).extract()
                .<String>path("find { it.text == '" + text + "' }.id"), id -> id != null);
        String action = api(STAFF).body(Map.of("consultationId", consultation, "keyPointIds", List.of(keyPoint),
                        "description", "Travel is paid before each meeting", "owner", "Engagement", "status", "AGREED",
                        "reviewDate", LocalDate.now(ZoneId.of("Europe/London")).toString()))
                .post("/api/tracking/actions").then().statusCode(201).extract().path("id");
        api(STAFF).body(Map.of()).post("/api/consultations/" + consultation + "/publish-outcome").then().statusCode(200);
        return action;
    }
}
