package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Staff create, edit and publish a consultation and record an assisted response through the pages, in a real browser
 * against the whole stack with real Keycloak. Titles carry this run's mark, so the tests do not depend on each other.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StaffEditorIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

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
    void staffCreateADraftAddSectionsAndEveryKindOfQuestionThenPublishItForEveryoneToSee() {
        String title = "Travel costs for forum meetings " + RUN;
        String plain = "We pay your travel to our meetings. Tell us what works for you (" + RUN + ").";
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff");
            page.click("text=Create a consultation");
            Browser.assertAccessible(page, "create a consultation");
            Browser.screenshot(page, "staff-create");
            fillDetails(page, title, plain);
            page.click("text=Create the draft");
            page.waitForURL("**/edit");
            String editUrl = page.url();

            addSection(page, "What we pay", "We pay standard-class rail fares and 45p a mile by car.");
            Browser.assertAccessible(page, "edit page with a section");
            addSection(page, "How to claim", "Send your tickets within a month.");
            addSection(page, "Spare", "A section to remove again.");

            page.click("text=Add a question");
            Browser.assertAccessible(page, "question form");
            Browser.screenshot(page, "staff-question");
            page.check("#type-2");
            page.fill("#text", "Are these rates fair?");
            page.selectOption("#section", new SelectOption().setLabel("What we pay"));
            page.check("#required");
            page.fill("#options", "Too low\nAbout right\nToo high");
            page.click("text=Save the question");
            page.waitForURL(editUrl);

            addQuestion(page, "#type", "What would be fair, and why?", "What we pay");
            page.fill("#maxLength", "500");
            page.selectOption("#showIfQuestion", new SelectOption().setLabel("Are these rates fair?"));
            page.fill("#showIfEquals", "Too low");
            page.click("text=Save the question");
            page.waitForURL(editUrl);

            addQuestion(page, "#type-3", "How would you like to be paid back?", "How to claim");
            page.fill("#options", "Bank transfer\nTickets bought for me\nCash on the day");
            page.click("text=Save the question");
            page.waitForURL(editUrl);

            addQuestion(page, "#type-4", "How easy is claiming now?", "How to claim");
            page.check("#required");
            page.fill("#scaleMin", "1");
            page.fill("#scaleMax", "5");
            page.fill("#minLabel", "Very hard");
            page.fill("#maxLabel", "Very easy");
            page.click("text=Save the question");
            page.waitForURL(editUrl);

            assertThat(page.textContent("[data-testid=questions]"))
                    .contains("Are these rates fair?")
                    .contains("What would be fair, and why?")
                    .contains("How would you like to be paid back?")
                    .contains("How easy is claiming now?")
                    .contains("A scale from 1 to 5")
                    .contains("Asked only if the answer to 'Are these rates fair?' is 'Too low'");

            // a section that questions belong to cannot go; one without questions can
            page.click("a[href$='/edit/sections/how-to-claim/remove']");
            page.click("text=Yes, remove it");
            assertThat(Browser.html(page)).contains("There is a problem").contains("Questions belong to this section");
            Browser.assertAccessible(page, "remove with an error");
            page.navigate(editUrl);
            page.click("a[href$='/edit/sections/spare/remove']");
            Browser.assertAccessible(page, "remove a section");
            Browser.screenshot(page, "staff-remove-section");
            page.click("text=Yes, remove it");
            page.waitForURL(editUrl);
            assertThat(page.textContent("[data-testid=sections]"))
                    .contains("What we pay")
                    .contains("How to claim")
                    .doesNotContain("Spare");

            page.click("a[href$='/edit/sections/how-to-claim']");
            Browser.assertAccessible(page, "section form");
            Browser.screenshot(page, "staff-section");
            page.fill("#text", "Send your tickets or receipts within two months.");
            page.click("text=Save the section");
            page.waitForURL(editUrl);
            assertThat(page.textContent("[data-testid=sections]")).contains("within two months");
            Browser.assertAccessible(page, "edit page");
            Browser.screenshot(page, "staff-edit");

            page.click("a[href$='/edit/details']");
            Browser.assertAccessible(page, "change details");
            assertThat(page.inputValue("#title")).isEqualTo(title);
            page.fill("#accountableTeam", "Finance and engagement");
            page.click("text=Save my changes");
            page.waitForURL(editUrl);
            assertThat(Browser.html(page)).contains("Finance and engagement");

            page.click("text=Continue to publish");
            assertThat(page.textContent("[data-testid=publish-effect]")).contains("as soon as you publish");
            Browser.assertAccessible(page, "publish");
            Browser.screenshot(page, "staff-publish");
            page.click("text=Publish and open now");
            page.waitForURL(editUrl.replace("/edit", ""));
            assertThat(Browser.html(page)).contains(title).contains("Open for answers");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(gateway + "/consultations");
            assertThat(Browser.html(page)).contains(title).contains(plain.replace("'", "&#39;"));
        }
    }

    @Test
    void badInputShowsTheErrorSummaryKeepsWhatWasTypedAndCreatesNothing() {
        String summary = "A draft that must never be stored " + RUN;
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/consultations/new");
            fillDetails(page, "", "Plain words " + RUN);
            page.fill("#summary", summary);
            page.click("text=Create the draft");
            assertThat(Browser.html(page))
                    .contains("There is a problem")
                    .contains("Enter a title of up to 200 characters");
            assertThat(page.inputValue("#summary")).isEqualTo(summary);
            Browser.assertAccessible(page, "create with errors");
            Browser.screenshot(page, "staff-create-errors");

            page.fill("#title", "Closes before it opens " + RUN);
            page.fill("#opensDate", "2027-03-01");
            page.fill("#opensTime", "09:00");
            page.fill("#closesDate", "2027-02-01");
            page.fill("#closesTime", "17:00");
            page.click("text=Create the draft");
            assertThat(Browser.html(page)).contains("There is a problem").contains("after the opening time");
            assertThat(page.inputValue("#opensDate")).isEqualTo("2027-03-01");
            assertThat(page.url()).endsWith("/staff/consultations/new");
        }
        List<String> drafts = staff().get("/api/consultations?status=draft")
                .then()
                .statusCode(200)
                .extract()
                .path("summary");
        assertThat(drafts).doesNotContain(summary);
    }

    @Test
    void theCreateFormWorksWithoutJavaScript() {
        String title = "Created without JavaScript " + RUN;
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/consultations/new");
            fillDetails(page, title, "Plain words without scripts.");
            page.click("text=Create the draft");
            page.waitForURL("**/edit");
            assertThat(Browser.html(page)).contains(title);
            addSection(page, "Only section", "Works with forms alone.");
            assertThat(page.textContent("[data-testid=sections]")).contains("Only section");
        }
    }

    @Test
    void staffRecordAnAssistedResponseAndItShowsAmongTheConsultationsResponses() {
        String id = openConsultation("Assisted answers " + RUN);
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/consultations/" + id);
            page.click("text=Record an assisted response");
            Browser.assertAccessible(page, "assisted response");
            Browser.screenshot(page, "staff-assisted");

            page.click("text=Record the response");
            assertThat(Browser.html(page))
                    .contains("There is a problem")
                    .contains("Choose the member who gave this response");
            Browser.assertAccessible(page, "assisted response with errors");

            page.selectOption("#memberId", new SelectOption().setLabel("Tom Hughes"));
            page.check("label:has-text('By phone')");
            page.check("label:has-text('Do not quote them')");
            page.check("input[name='answer-fair'][value='Too low']");
            page.fill("textarea[name='answer-why']", "The bus from my village costs more than " + RUN + ".");
            page.check("input[name='answer-how'][value='Bank transfer']");
            page.check("input[name='answer-how'][value='Cash on the day']");
            page.click("text=Record the response");
            // the scale is required: the service says so, and what was entered stays
            assertThat(Browser.html(page)).contains("There is a problem").contains("How easy is claiming now?");
            assertThat(page.inputValue("textarea[name='answer-why']")).contains(RUN);
            page.check("input[name='answer-easy'][value='2']");
            page.click("text=Record the response");

            assertThat(Browser.html(page)).contains("Response recorded");
            Browser.assertAccessible(page, "assisted response recorded");
            Browser.screenshot(page, "staff-assisted-recorded");
            page.click("text=Back to the consultation");
            assertThat(Browser.html(page))
                    .contains("By phone")
                    .contains("The bus from my village costs more than " + RUN)
                    .contains("Bank transfer, Cash on the day");

            // a member answers once: a second recorded response is refused and says why
            page.click("text=Record an assisted response");
            page.selectOption("#memberId", new SelectOption().setLabel("Tom Hughes"));
            page.check("label:has-text('On paper')");
            page.check("label:has-text('Quote them without their name')");
            page.check("input[name='answer-fair'][value='About right']");
            page.check("input[name='answer-easy'][value='5']");
            page.click("text=Record the response");
            assertThat(Browser.html(page)).contains("This member has already sent a response to this consultation");
        }
    }

    @Test
    void theEditorSpeaksWelshAndRefusesAFormPostWithoutItsToken() {
        String title = "Forged " + RUN;
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/consultations/new?lang=cy");
            assertThat(Browser.html(page)).contains("Creu ymgynghoriad").contains("Rhowch amseroedd yn UTC");
            Browser.assertAccessible(page, "create a consultation in Welsh");
            Browser.screenshot(page, "staff-create-cy");
            page.navigate(gateway + "/staff/consultations/new?lang=en");

            APIResponse forged = page.request()
                    .post(
                            gateway + "/staff/consultations/new",
                            RequestOptions.create()
                                    .setForm(FormData.create()
                                            .set("title", title)
                                            .set("summary", "s")
                                            .set("kind", "POLICY")
                                            .set("audience", "MEMBERS")
                                            .set("accountableTeam", "t")
                                            .set("closesDate", "2030-01-01")
                                            .set("closesTime", "12:00")));
            assertThat(forged.status()).isEqualTo(403);
        }
        List<String> drafts = staff().get("/api/consultations?status=draft")
                .then()
                .statusCode(200)
                .extract()
                .path("title");
        assertThat(drafts).doesNotContain(title);
    }

    @Test
    void aMemberGetsTheForbiddenPageOnTheNewStaffPages() {
        String id = "00000000-0000-4000-8000-000000000000";
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "amara");
            for (String path : List.of(
                    "/staff/consultations/new",
                    "/staff/consultations/" + id + "/edit",
                    "/staff/consultations/" + id + "/edit/new-question",
                    "/staff/consultations/" + id + "/assisted")) {
                com.microsoft.playwright.Response denied = page.navigate(gateway + path);
                assertThat(denied.status()).as(path).isEqualTo(403);
                assertThat(Browser.html(page))
                        .contains("You cannot see this page")
                        .doesNotContain("Exception");
            }
            Browser.assertAccessible(page, "forbidden staff editor");
        }
    }

    private static void fillDetails(Page page, String title, String plain) {
        page.fill("#title", title);
        page.fill("#summary", "How we pay travel costs for forum members who come to meetings.");
        page.fill("#plainLanguageSummary", plain);
        page.check("#kind");
        page.check("#audience-2");
        page.fill("#accountableTeam", "Engagement");
        page.fill("#closesDate", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        page.fill("#closesTime", "17:00");
    }

    private static void addSection(Page page, String heading, String text) {
        String editUrl = page.url();
        page.click("text=Add a section");
        page.fill("#heading", heading);
        page.fill("#text", text);
        page.click("text=Save the section");
        page.waitForURL(editUrl);
    }

    private static void addQuestion(Page page, String type, String text, String section) {
        page.click("text=Add a question");
        page.check(type);
        page.fill("#text", text);
        page.selectOption("#section", new SelectOption().setLabel(section));
    }

    /** An open consultation with a question of each type, one of them asked only after a certain answer. */
    private String openConsultation(String title) {
        String id = staff().body(Map.of(
                        "title",
                        title,
                        "summary",
                        "Travel costs.",
                        "plainLanguageSummary",
                        "We pay your travel.",
                        "kind",
                        "POLICY",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Engagement",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(7)).toString()))
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of("sections", List.of(Map.of("key", "rates", "heading", "Rates", "text", "45p a mile."))))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        staff().body(Map.of(
                        "questions",
                        List.of(
                                Map.of(
                                        "key",
                                        "fair",
                                        "type",
                                        "SINGLE_CHOICE",
                                        "text",
                                        "Are these rates fair?",
                                        "section",
                                        "rates",
                                        "required",
                                        true,
                                        "options",
                                        List.of("Too low", "About right")),
                                Map.of(
                                        "key",
                                        "why",
                                        "type",
                                        "FREE_TEXT",
                                        "text",
                                        "Why are they too low?",
                                        "required",
                                        true,
                                        "showIf",
                                        Map.of("question", "fair", "equals", "Too low")),
                                Map.of(
                                        "key",
                                        "how",
                                        "type",
                                        "MULTIPLE_CHOICE",
                                        "text",
                                        "How would you like to be paid back?",
                                        "required",
                                        false,
                                        "options",
                                        List.of("Bank transfer", "Cash on the day")),
                                Map.of(
                                        "key",
                                        "easy",
                                        "type",
                                        "SCALE",
                                        "text",
                                        "How easy is claiming now?",
                                        "required",
                                        true,
                                        "scale",
                                        Map.of("min", 1, "max", 5, "minLabel", "Very hard", "maxLabel", "Very easy")))))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private RequestSpecification staff() {
        return given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .contentType(ContentType.JSON);
    }
}
