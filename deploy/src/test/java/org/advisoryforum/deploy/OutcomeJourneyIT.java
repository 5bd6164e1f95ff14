package org.advisoryforum.deploy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * From a member's answer in the browser to the public "You said, we did" and the member's own impact page. The
 * staff steps in between (key point, action, outcome) go through the gateway's API with a staff token.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OutcomeJourneyIT {

    private static final String QUOTE = "A sitter I trust for my son, booked a month ahead.";
    private static final String ACTION = "The guidance now says councils should offer a trusted sitter booked at least a month ahead.";

    private static LocalStack stack;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private RequestSpecification staff() {
        return given().baseUri(stack.gatewayUrl()).auth().oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .contentType(ContentType.JSON);
    }

    @Test
    void aMembersAnswerBecomesAChangeShownPubliclyWithTheirConsentedQuoteAndInTheirImpact() {
        String id = staff().body(Map.of("title", "Breaks for carers (end-to-end)", "summary", "Draft guidance on breaks.",
                        "plainLanguageSummary", "How carers can get a break. Tell us what would help.", "kind", "GUIDANCE",
                        "audience", "MEMBERS", "accountableTeam", "Policy and standards",
                        "closesAt", Instant.now().plus(Duration.ofDays(7)).toString()))
                .post("/api/consultations").then().statusCode(201).extract().path("id");
        staff().body(Map.of("sections", List.of(Map.of("key", "breaks", "heading", "Breaks for carers",
                "text", "Carers may ask the council for a break.")))).put("/api/consultations/" + id + "/draft").then().statusCode(200);
        staff().body(Map.of("questions", List.of(Map.of("key", "r1", "type", "FREE_TEXT", "section", "breaks", "required", true,
                "text", "What would make a break possible for you?")))).put("/api/consultations/" + id + "/questions").then().statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "david");
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/answer/1");
            page.fill("textarea[name='answer-r1']", QUOTE);
            page.click("text=Save and continue");
            page.check("label:has-text('Quote me with my name')");
            page.click("text=Send my answers");
            assertThat(page.content()).contains("Your answers have been sent");
        }

        staff().post("/api/consultations/" + id + "/close").then().statusCode(200);
        String david = Tokens.claims(Tokens.accessToken(stack.keycloakUrl(), "david")).path("sub").asText();
        String answer = staff().get("/api/consultations/" + id + "/responses").then().statusCode(200)
                .extract().path("find { it.memberId == '" + david + "' }.answers[0].answerId");
        staff().body(Map.of("text", "Carers need a sitter they trust, booked well ahead.", "inputs", List.of(answer)))
                .post("/api/consultations/" + id + "/key-points").then().statusCode(201);
        staff().body(Map.of("sections", List.of(Map.of("key", "breaks", "heading", "Breaks for carers",
                "text", "Councils should offer carers a trusted sitter, booked at least a month ahead."))))
                .post("/api/consultations/" + id + "/draft-versions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                staff().get("/api/tracking/consultations/" + id + "/key-points").then().statusCode(200)
                        .body("text", hasItem("Carers need a sitter they trust, booked well ahead.")));
        String keyPoint = staff().get("/api/tracking/consultations/" + id + "/key-points").then()
                .extract().path("[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                staff().body(Map.of("consultationId", id, "keyPointIds", List.of(keyPoint), "description", ACTION,
                                "status", "IMPLEMENTED", "owner", "Policy and standards", "evidence", Map.of("sectionKey", "breaks")))
                        .post("/api/tracking/actions").then().statusCode(201));
        staff().post("/api/consultations/" + id + "/publish-outcome").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(stack.gatewayUrl()).get("/api/tracking/consultations/" + id + "/you-said-we-did")
                        .then().statusCode(200));

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/you-said-we-did");
            assertThat(page.content()).contains(ACTION).contains(QUOTE).contains("David Price").contains("Done")
                    .contains("Councils should offer carers a trusted sitter");
            Browser.assertAccessible(page, "you said, we did");
            Browser.screenshot(page, "you-said-we-did");
            page.navigate(stack.gatewayUrl() + "/impact");
            Browser.assertAccessible(page, "impact");
            Browser.screenshot(page, "impact");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "david");
            page.navigate(stack.gatewayUrl() + "/account/impact");
            assertThat(page.content()).contains("Carers need a sitter they trust, booked well ahead.").contains(ACTION);
            Browser.assertAccessible(page, "my impact");
            Browser.screenshot(page, "my-impact");
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/you-said-we-did");
            page.click("text=Send my view");
            assertThat(page.content()).contains("Your view on this change has been recorded.")
                    .contains("Members who said this reflects what they said: 1.");
        }
    }
}
