package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The meeting, suggested-themes and "Was it worth it?" pages in a real browser against the whole stack: each passes
 * axe-core in English and Welsh (audited with JavaScript on: axe hangs without it), and the worth form works with
 * JavaScript off. A fresh member (applied and approved as anyone joins) is asked to a meeting and has an activity in
 * their ledger, so no demo member's limits or answers change.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MeetingsAndThemesIT {

    private static final String CLOSED_DEMO =
            "Draft guidance: working in partnership with people who use social work services";

    private static LocalStack stack;
    private static String gateway;
    private static Browser browser;
    private static KeycloakTestUsers.Person member;
    private static String meetingId;
    private static String entryId;
    private static String closedId;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        gateway = stack.gatewayUrl();
        browser = new Browser();
        member = KeycloakTestUsers.create(stack.keycloakUrl(), "worth");
        given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), member.username()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "displayName",
                        "Worth Tester",
                        "why",
                        "To be heard.",
                        "perspectives",
                        List.of("CARER"),
                        "region",
                        "NORTH_WEST",
                        "accessibilityNeeds",
                        List.of(),
                        "contactByEmail",
                        false))
                .post("/api/forum/applications")
                .then()
                .statusCode(201);
        String application = given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), member.username()))
                .get("/api/forum/applications/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        staff().body(Map.of("decision", "APPROVE"))
                .post("/api/forum/applications/" + application + "/decision")
                .then()
                .statusCode(200);

        Instant starts = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS);
        meetingId = staff().body(Map.of(
                        "title",
                        "Forum meeting: was it worth it?",
                        "startsAt",
                        starts.toString(),
                        "endsAt",
                        starts.plus(Duration.ofHours(2)).toString(),
                        "format",
                        "HYBRID",
                        "place",
                        "Civic Centre, Cardiff",
                        "joiningLink",
                        "https://meet.example.org/worth",
                        "accessibility",
                        "Step-free access and a hearing loop"))
                .post("/api/forum/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of("memberIds", List.of(member.id().toString())))
                .post("/api/forum/meetings/" + meetingId + "/invitations")
                .then()
                .statusCode(200);
        entryId = staff().body(Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Induction session",
                        "durationMinutes",
                        60,
                        "occurredAt",
                        Instant.now().minus(Duration.ofDays(1)).toString()))
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> closed = given().baseUri(gateway)
                .get("/api/consultations?status=closed")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.title == '" + CLOSED_DEMO + "' }.id");
        closedId = closed.get(0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static RequestSpecification staff() {
        return given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .contentType(ContentType.JSON);
    }

    /** The page in English then in Welsh, each passing axe-core; {@code english} and {@code welsh} are on it. */
    private static void bothLanguages(Page page, String path, String name, String english, String welsh) {
        page.navigate(gateway + path + (path.contains("?") ? "&" : "?") + "lang=en");
        assertThat(Browser.html(page)).as(name).contains(english);
        Browser.assertAccessible(page, name);
        page.navigate(gateway + path + (path.contains("?") ? "&" : "?") + "lang=cy");
        assertThat(Browser.html(page)).as(name + " in Welsh").contains(welsh);
        Browser.assertAccessible(page, name + " in Welsh");
        page.navigate(gateway + path + (path.contains("?") ? "&" : "?") + "lang=en");
    }

    @Test
    void theStaffMeetingPagesAndTheirWorthCountsPassAxeInEnglishAndWelsh() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            bothLanguages(page, "/staff/meetings", "staff meetings", "Schedule a meeting", "lang=\"cy\"");
            bothLanguages(page, "/staff/meetings/" + meetingId, "staff meeting", "Worth Tester", "lang=\"cy\"");
            Browser.screenshot(page, "staff-meeting");
            page.click("text=Was it worth it? Members' answers about this");
            page.waitForURL("**/staff/worth?meetingId=" + meetingId);
            assertThat(Browser.html(page)).contains("Nobody has answered yet.");
            bothLanguages(
                    page,
                    "/staff/worth",
                    "staff worth counts",
                    "Was it worth it? Members' answers",
                    "Atebion yr aelodau");
        }
    }

    @Test
    void theMembersMeetingInvitationAndThePublicMeetingsPagePassAxeInEnglishAndWelsh() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            bothLanguages(
                    page,
                    "/meetings",
                    "public meetings",
                    "Forum meetings and what came of them",
                    "Cyfarfodydd y fforwm");
            Browser.signIn(page, gateway, member.username());
            bothLanguages(page, "/account/meetings", "my meetings", "Forum meeting: was it worth it?", "lang=\"cy\"");
            bothLanguages(
                    page, "/account/meetings/" + meetingId, "my meeting invitation", "Can you come?", "lang=\"cy\"");
            Browser.screenshot(page, "member-meeting-invitation");
        }
    }

    @Test
    void theStaffSuggestedThemesPagesPassAxeInEnglishAndWelsh() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            bothLanguages(
                    page,
                    "/staff/consultations/" + closedId + "/themes",
                    "suggested themes questions",
                    "href=\"/staff/consultations/" + closedId + "/themes/q2\"",
                    "lang=\"cy\"");
            bothLanguages(
                    page,
                    "/staff/consultations/" + closedId + "/themes/q2",
                    "suggested themes of a question",
                    "href=\"/staff/consultations/" + closedId + "/themes\"",
                    "lang=\"cy\"");
            Browser.screenshot(page, "staff-themes-question");
        }
    }

    @Test
    void aMemberSaysWhetherItWasWorthItWithoutJavaScriptAndTheWorthPagesPassAxe() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, member.username());
            page.navigate(gateway + "/account/involvement");
            page.click("a[href='/account/worth/" + entryId + "']");
            page.waitForURL("**/account/worth/" + entryId);
            page.check("#worthIt-2");
            page.click("text=Send my answers");
            assertThat(Browser.html(page))
                    .contains("There is a problem")
                    .contains("Choose how long it took you")
                    .contains("Choose whether you felt heard");
            assertThat(page.isChecked("#worthIt-2")).isTrue();
            page.check("#timeTaken-1");
            page.check("#feltHeard-1");
            page.click("text=Send my answers");
            page.waitForURL("**/account/worth/" + entryId + "?sent=true");
            assertThat(Browser.html(page)).contains("Thank you: we have your answers.");
            page.navigate(gateway + "/account/involvement");
            assertThat(Browser.html(page))
                    .contains(
                            "You told us: worth your time: No; felt heard: Partly; time taken: 30 minutes to 1 hour.");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, member.username());
            bothLanguages(
                    page,
                    "/account/involvement",
                    "involvement with what the member told us",
                    "You told us:",
                    "Dywedoch chi wrthym:");
            bothLanguages(
                    page,
                    "/account/worth/" + entryId,
                    "the worth form",
                    "Was it worth your time?",
                    "Oedd e'n werth eich amser?");
            Browser.screenshot(page, "worth-form");
            bothLanguages(
                    page,
                    "/account/worth/invitations",
                    "invitations after not worth it",
                    "Keep inviting me as usual",
                    "Parhewch i'm gwahodd fel arfer");
            page.check("#keep-1");
            page.click("button:has-text('Save')");
            page.waitForURL("**/account/worth/invitations?saved=keep");
            page.navigate(gateway + "/account/profile");
            assertThat(Browser.html(page)).contains("we keep inviting you as usual.");
            Browser.assertAccessible(page, "profile with the invitation choice");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            bothLanguages(
                    page,
                    "/impact",
                    "impact with the worth counts",
                    "Was taking part worth it?",
                    "Oedd cymryd rhan yn werth chweil?");
        }
        given().baseUri(gateway)
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), "sam"))
                .get("/api/forum/involvement-feedback")
                .then()
                .statusCode(200);
    }
}
