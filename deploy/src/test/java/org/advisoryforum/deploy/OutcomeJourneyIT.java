package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * From a member's answer in the browser, through staff's pages (close, key point, action, outcome), to the public
 * "You said, we did" and the member's own impact page.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OutcomeJourneyIT {

    private static final String QUOTE = "A sitter I trust for my son, booked a month ahead.";
    private static final String ACTION =
            "The guidance now says councils should offer a trusted sitter booked at least a month ahead.";

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
        return given().baseUri(stack.gatewayUrl())
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .contentType(ContentType.JSON);
    }

    @Test
    void aMembersAnswerBecomesAChangeShownPubliclyWithTheirConsentedQuoteAndInTheirImpact() {
        String id = staff().body(Map.of(
                        "title",
                        "Breaks for carers (end-to-end)",
                        "summary",
                        "Draft guidance on breaks.",
                        "plainLanguageSummary",
                        "How carers can get a break. Tell us what would help.",
                        "kind",
                        "GUIDANCE",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Policy and standards",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(7)).toString()))
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of(
                        "sections",
                        List.of(Map.of(
                                "key",
                                "breaks",
                                "heading",
                                "Breaks for carers",
                                "text",
                                "Carers may ask the council for a break."))))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        staff().body(Map.of(
                        "questions",
                        List.of(Map.of(
                                "key",
                                "r1",
                                "type",
                                "FREE_TEXT",
                                "section",
                                "breaks",
                                "required",
                                true,
                                "text",
                                "What would make a break possible for you?"))))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "david");
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/answer/1");
            page.fill("textarea[name='answer-r1']", QUOTE);
            page.click("text=Save and continue");
            page.check("label:has-text('Quote me with my name')");
            page.click("text=Send my answers");
            assertThat(Browser.html(page)).contains("Your answers have been sent");
        }

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "sam");
            page.navigate(stack.gatewayUrl() + "/staff/consultations/" + id);
            page.click("text=Close the consultation now");
            // the revised draft is the evidence of the change
            page.click("text=Revise the draft");
            page.fill("#text-breaks", "Councils should offer carers a trusted sitter, booked at least a month ahead.");
            page.click("text=Publish the revised draft");
            assertThat(Browser.html(page))
                    .contains("Revised draft published")
                    .contains("Carers may ask the council for a break.");
            Browser.assertAccessible(page, "draft diff");
            Browser.screenshot(page, "draft-diff");
            page.click("text=Back to the consultation");
            page.check("label:has-text('" + QUOTE + "')");
            page.fill("#key-point-text", "Carers need a sitter they trust, booked well ahead.");
            Browser.assertAccessible(page, "staff consultation");
            page.click("text=Make a key point from the selected answers");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                page.reload();
                assertThat(Browser.html(page)).contains("Not yet answered");
            });
            // tracking may still be taking in the revised draft that the evidence points at: try again until it has
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> recordAction(page));
            // later, the change is made: staff move the action on, with the reason the public will read
            page.click("summary:has-text('Change the status')");
            page.locator("form[action$='/status'] select[name='status']").selectOption("IMPLEMENTED");
            page.locator("form[action$='/status'] textarea[name='reason']").fill("The guidance was reissued.");
            page.click("button:has-text('Update the status')");
            assertThat(page.locator(".forum-action .govuk-tag").first().textContent())
                    .isEqualTo("Done");
            Browser.assertAccessible(page, "staff consultation with an action");
            // words reach the public only once staff approved them in moderation (through the API until the
            // gateway has a moderation page)
            String quoted = staff().queryParam("consultationId", id)
                    .get("/api/tracking/moderation")
                    .then()
                    .statusCode(200)
                    .body("text", hasItem(QUOTE))
                    .extract()
                    .path("find { it.text == '" + QUOTE + "' }.inputId");
            staff().body(Map.of("decision", "APPROVE"))
                    .post("/api/tracking/moderation/" + quoted + "/decision")
                    .then()
                    .statusCode(200);
            page.click("text=Publish the outcome");
            assertThat(Browser.html(page)).contains("Outcome published");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().baseUri(stack.gatewayUrl())
                        .get("/api/tracking/consultations/" + id + "/you-said-we-did")
                        .then()
                        .statusCode(200));

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/you-said-we-did");
            assertThat(Browser.html(page))
                    .contains(ACTION)
                    .contains(QUOTE)
                    .contains("David Price")
                    .contains("Done")
                    .contains("Councils should offer carers a trusted sitter");
            assertChartMatchesItsTable(page, "voices-chart");
            Browser.assertAccessible(page, "you said, we did");
            Browser.screenshot(page, "you-said-we-did");
            page.navigate(stack.gatewayUrl() + "/impact");
            assertThat(page.locator("#outcomes-chart-title").textContent()).isEqualTo("What the regulator did");
            assertChartMatchesItsTable(page, "outcomes-chart");
            Browser.assertAccessible(page, "impact");
            Browser.screenshot(page, "impact");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "david");
            page.navigate(stack.gatewayUrl() + "/account/impact");
            assertThat(Browser.html(page))
                    .contains("Carers need a sitter they trust, booked well ahead.")
                    .contains(ACTION);
            Browser.assertAccessible(page, "my impact");
            Browser.screenshot(page, "my-impact");
            var closed = page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/answer/1");
            assertThat(closed.status()).isEqualTo(409);
            assertThat(Browser.html(page)).contains("This consultation has closed");
            Browser.assertAccessible(page, "consultation closed");
            page.navigate(stack.gatewayUrl() + "/consultations/" + id + "/you-said-we-did");
            page.click("text=Send my view");
            assertThat(Browser.html(page))
                    .contains("Your view on this change has been recorded.")
                    .contains("Members who said this reflects what they said: 1.");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, stack.gatewayUrl(), "sam");
            page.navigate(stack.gatewayUrl() + "/staff/consultations/" + id);
            page.click("a:has-text(\"History and members' views\")");
            assertThat(page.locator("h1").textContent()).isEqualTo(ACTION);
            assertThat(page.locator("table tbody tr")).satisfies(rows -> {
                assertThat(rows.count()).isEqualTo(2);
                assertThat(rows.nth(0).textContent()).contains("Agreed");
                assertThat(rows.nth(1).textContent())
                        .contains("Done")
                        .contains("The guidance was reissued.")
                        .contains("sam");
            });
            assertThat(Browser.html(page)).contains("Members who said this reflects what they said: 1.");
            Browser.assertAccessible(page, "staff action");
            Browser.screenshot(page, "staff-action");
        }
    }

    /** The chart's accessible description and the table after it give the same figures, row by row. */
    private static void assertChartMatchesItsTable(Page page, String chartId) {
        String description = page.locator("#" + chartId + "-desc").textContent();
        var rows = page.locator("figure:has(#" + chartId + "-desc) + table tbody tr");
        assertThat(rows.count()).isPositive();
        assertThat(page.locator("figure:has(#" + chartId + "-desc) rect").count())
                .isEqualTo(rows.count());
        for (int i = 0; i < rows.count(); i++) {
            String label = rows.nth(i).locator("th").textContent().strip();
            String value = rows.nth(i).locator("td").textContent().strip();
            assertThat(description).contains(label + ": " + value);
        }
    }

    private static boolean recordAction(Page page) {
        page.click("summary:has-text('Record what we did')");
        page.fill("textarea[name='description']", ACTION);
        page.selectOption("select[name='status']", "AGREED");
        page.selectOption("select[name='evidenceSection']", "breaks");
        Browser.screenshot(page, "staff-consultation");
        page.click("button:has-text('Record what we did')");
        return Browser.html(page).contains(ACTION) && !Browser.html(page).contains("There is a problem");
    }
}
