package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The member's own pages in a real browser against the whole stack: their consultations with invitation state and
 * progress, involvement and payment claims, the quiet period, and "I said this before".
 *
 * <p>The demo members are shared with the other browser tests of this JVM. BrowserJourneyIT has tom only post a
 * forged form, so tom's own draft of the open demo consultation is this class's to use (he never submits it), and
 * priya claims for an activity nobody else claims for. Nothing here depends on the order the tests run in.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MemberPagesIT {

    private static final String CLOSED_DEMO =
            "Draft guidance: working in partnership with people who use social work services";
    /** What tom said in the closed demo consultation (deploy/demo/consultation-co-production.json). */
    private static final String TOMS_EARLIER_WORDS = "Documents that work with a screen reader.";

    private static LocalStack stack;
    private static String gateway;
    private static Browser browser;
    private static String openId;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        gateway = stack.gatewayUrl();
        browser = new Browser();
        openId = TestStack.openDemoConsultationId();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void myConsultationsShowTheInvitationAndHowFarTheMemberGotAndSayContinueOnceSaved() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.click("nav >> text=My consultations");
            page.waitForURL("**/account/consultations");
            assertThat(Browser.html(page)).contains("You are invited");
            assertThat(page.locator("#invited").textContent()).contains(TestStack.OPEN_DEMO);
            // tom answered the closed demo consultation and its outcome is published
            Locator closed = page.locator("#closed");
            assertThat(closed.textContent()).contains(CLOSED_DEMO).contains("You said, we did");
            Browser.assertAccessible(page, "my consultations");

            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            page.check("label:has-text('Not sure')");
            page.click("text=Save and come back later");
            assertThat(Browser.html(page)).contains("Your answers have been saved");

            page.navigate(gateway + "/account/consultations");
            Locator demo = page.locator("#invited li[data-consultation='" + openId + "']");
            assertThat(demo.textContent())
                    .contains("Saved, not submitted")
                    .contains("Continue")
                    .doesNotContain("Not started");
            Browser.screenshot(page, "my-consultations");
            demo.locator("a:has-text('Continue')").click();
            page.waitForURL("**/consultations/" + openId + "/answer/1");
            assertThat(page.isChecked("label:has-text('Not sure')")).isTrue();

            page.navigate(gateway + "/account/consultations");
            page.click("#closed >> text=You said, we did");
            page.waitForURL("**/you-said-we-did");

            page.navigate(gateway + "/account/consultations?lang=cy");
            assertThat(Browser.html(page))
                    .contains("Eich ymgynghoriadau")
                    .contains("Rydych chi wedi cael gwahoddiad")
                    .contains("Parhau");
            Browser.assertAccessible(page, "my consultations in Welsh");
            Browser.screenshot(page, "my-consultations-cy");
        }
    }

    @Test
    void aMemberLinksSomethingTheySaidBeforeWithoutJavaScriptAndSeesItOnTheCheckPage() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            page.click("text=Link something you said before instead of typing it again");
            page.check("label:has-text('" + TOMS_EARLIER_WORDS + "')");
            page.click("text=Save and come back later");
            assertThat(Browser.html(page)).contains("Your answers have been saved");
            page.navigate(gateway + "/consultations/" + openId + "/answer/check");
            assertThat(Browser.html(page))
                    .contains(TOMS_EARLIER_WORDS)
                    .contains("Linked from what you said in “" + CLOSED_DEMO + "”");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            // the link is remembered: the picker opens with it chosen
            assertThat(page.isChecked("label:has-text('" + TOMS_EARLIER_WORDS + "')"))
                    .isTrue();
            Browser.assertAccessible(page, "question page with I said this before");
            Browser.screenshot(page, "said-before-picker");
            page.navigate(gateway + "/consultations/" + openId + "/answer/check");
            Browser.assertAccessible(page, "check answers with a linked answer");
            Browser.screenshot(page, "said-before-check");
        }
    }

    @Test
    void aMemberClaimsPaymentForAnActivityAndABadAmountIsShownInTheErrorSummary() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "priya");
            page.navigate(gateway + "/account");
            page.click("text=Involvement and payment claims");
            page.waitForURL("**/account/involvement");
            assertThat(Browser.html(page)).contains("What you have taken part in");
            Browser.assertAccessible(page, "involvement");

            Locator form = page.locator("details.govuk-details").first();
            form.locator("summary").click();
            form.locator("input[name='amount']").fill("twelve pounds");
            form.locator("textarea[name='description']").fill("Bus fare to the induction meeting");
            form.locator("text=Send my claim").click();
            assertThat(Browser.html(page)).contains("There is a problem").contains("Enter the amount in pounds");
            Locator kept = page.locator("details[open]");
            assertThat(kept.locator("input[name='amount']").inputValue()).isEqualTo("twelve pounds");
            assertThat(kept.locator("textarea[name='description']").inputValue())
                    .isEqualTo("Bus fare to the induction meeting");
            Browser.assertAccessible(page, "involvement with an error");
            Browser.screenshot(page, "claim-error");

            kept.locator("label:has-text('Expenses')").click();
            kept.locator("input[name='amount']").fill("25.50");
            kept.locator("text=Send my claim").click();
            page.waitForURL("**/account/involvement?claimed=true");
            assertThat(Browser.html(page)).contains("Your claim has been sent");
            String claims = page.locator("table").textContent();
            assertThat(claims).contains("£25.50").contains("Pending").contains("Bus fare to the induction meeting");
            Browser.assertAccessible(page, "involvement after a claim");
            Browser.screenshot(page, "claim-pending");
        }
    }

    @Test
    void aMemberSetsAQuietPeriodIsToldKindlyWhyTheyWereNotMessagedAndEndsItWithoutJavaScript() {
        LocalDate until = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
        String untilText = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(until);
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.navigate(gateway + "/account/profile");
            assertThat(Browser.html(page)).contains("Quiet period");
            page.fill("#quietUntil-day", "31");
            page.fill("#quietUntil-month", "2");
            page.fill("#quietUntil-year", "2030");
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("There is a problem").contains("must be a real date");
            Browser.assertAccessible(page, "profile with a quiet period error");
            page.fill("#quietUntil-day", Integer.toString(until.getDayOfMonth()));
            page.fill("#quietUntil-month", Integer.toString(until.getMonthValue()));
            page.fill("#quietUntil-year", Integer.toString(until.getYear()));
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("Your choices have been saved");
            page.navigate(gateway + "/account/profile");
            assertThat(Browser.html(page)).contains("Your quiet period lasts until " + untilText);
            Browser.screenshot(page, "profile-quiet-period");

            String published =
                    publishConsultation("Member pages: a consultation during a quiet period " + UUID.randomUUID());
            page.navigate(gateway + "/account/consultations");
            Locator held = page.locator("#also-open li[data-consultation='" + published + "']");
            assertThat(held.textContent())
                    .contains(
                            "We did not message you about this because you asked for a quiet period until " + untilText)
                    .contains("Start");
            Browser.assertAccessible(page, "my consultations with a quiet period");
            Browser.screenshot(page, "my-consultations-quiet");
        }
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.navigate(gateway + "/account/profile");
            page.fill("#quietUntil-day", "");
            page.fill("#quietUntil-month", "");
            page.fill("#quietUntil-year", "");
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("Your choices have been saved");
            page.navigate(gateway + "/account/profile");
            assertThat(Browser.html(page)).doesNotContain("Your quiet period lasts until");
            assertThat(page.inputValue("#quietUntil-day")).isEmpty();
        }
    }

    /**
     * Issue #17, point 5: a returning member answers a five-question consultation in at most three pages after the
     * consultation page: the questions grouped by section on one page (what they saved before is there), check
     * answers, and the confirmation. Counted from the pages the browser actually loads.
     */
    @Test
    void aReturningMemberAnswersAFiveQuestionConsultationInAtMostThreePages() {
        String id = staff().body(Map.of(
                        "title",
                        "Short breaks: five questions " + UUID.randomUUID(),
                        "summary",
                        "Draft guidance on short breaks.",
                        "plainLanguageSummary",
                        "How carers can get a short break. Tell us what would help.",
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
                        List.of(
                                Map.of(
                                        "key",
                                        "asking",
                                        "heading",
                                        "Asking for a break",
                                        "text",
                                        "Carers may ask the council for a break."),
                                Map.of(
                                        "key",
                                        "paying",
                                        "heading",
                                        "Paying for a break",
                                        "text",
                                        "The council pays for the break."))))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        staff().body(Map.of(
                        "questions",
                        List.of(
                                Map.of(
                                        "key",
                                        "b1",
                                        "type",
                                        "SINGLE_CHOICE",
                                        "section",
                                        "asking",
                                        "required",
                                        true,
                                        "text",
                                        "Is asking for a break clear?",
                                        "options",
                                        List.of("Yes", "No")),
                                Map.of(
                                        "key",
                                        "b2",
                                        "type",
                                        "FREE_TEXT",
                                        "section",
                                        "asking",
                                        "required",
                                        false,
                                        "text",
                                        "What would make it clearer?"),
                                Map.of(
                                        "key",
                                        "b3",
                                        "type",
                                        "SCALE",
                                        "section",
                                        "paying",
                                        "required",
                                        true,
                                        "text",
                                        "How much does it matter that the council pays?",
                                        "scale",
                                        Map.of("min", 1, "max", 5, "minLabel", "Not at all", "maxLabel", "Essential")),
                                Map.of(
                                        "key",
                                        "b4",
                                        "type",
                                        "MULTIPLE_CHOICE",
                                        "section",
                                        "paying",
                                        "required",
                                        false,
                                        "text",
                                        "What should it pay for?",
                                        "options",
                                        List.of("A sitter", "Travel", "Activities")),
                                Map.of(
                                        "key",
                                        "b5",
                                        "type",
                                        "FREE_TEXT",
                                        "section",
                                        "paying",
                                        "required",
                                        false,
                                        "text",
                                        "Anything else about paying?"))))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "grace");
            page.navigate(gateway + "/consultations/" + id);
            List<String> pages = new java.util.ArrayList<>();
            page.onLoad(loaded -> pages.add(loaded.url()));

            page.click("text=Answer this consultation");
            assertThat(Browser.html(page))
                    .contains("Asking for a break")
                    .contains("Paying for a break")
                    .contains("Anything else about paying?");
            page.check("label:has-text('Yes')");
            page.check("input[name='answer-b3'][value='4']");
            page.check("label:has-text('A sitter')");
            Browser.assertAccessible(page, "five questions on one page");
            page.click("text=Save and continue");
            assertThat(Browser.html(page))
                    .contains("Check your answers before you send them")
                    .contains("4 out of 5 (1 = Not at all, 5 = Essential)");
            page.click("text=Send my answers");
            assertThat(Browser.html(page))
                    .contains("Your answers have been sent")
                    .contains("What happens next");
            Browser.assertAccessible(page, "sent, with what happens next");

            assertThat(pages)
                    .as("pages loaded from the consultation page to sent: %s", pages)
                    .hasSizeLessThanOrEqualTo(3);
            assertThat(pages.get(pages.size() - 1)).endsWith("/answer/sent");
        }
    }

    private static RequestSpecification staff() {
        return given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .contentType(ContentType.JSON);
    }

    /** Published as staff would, and waited for until forum-service has sent (or held back) its invitations. */
    private static String publishConsultation(String title) {
        String id = staff().body(Map.of(
                        "title",
                        title,
                        "summary",
                        "Draft guidance on advocacy.",
                        "plainLanguageSummary",
                        "Who can help you speak up. Tell us what would help.",
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
                                "key", "advocacy", "heading", "Advocacy", "text", "People may ask for an advocate."))))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        staff().body(Map.of(
                        "questions",
                        List.of(Map.of(
                                "key",
                                "a1",
                                "type",
                                "FREE_TEXT",
                                "section",
                                "advocacy",
                                "required",
                                false,
                                "text",
                                "What would an advocate need to know?"))))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> staff().get("/api/forum/invitation-rounds/" + id)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("SENT")));
        return id;
    }
}
