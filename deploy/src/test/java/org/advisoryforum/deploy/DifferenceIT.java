package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    private static final String STAFF = ApiSteps.STAFF;
    private static final Duration PROPAGATION = ApiSteps.PROPAGATION;

    private static LocalStack stack;
    private static ApiSteps steps;
    private static String gateway;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        steps = new ApiSteps(stack);
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
        steps.becomeMember(
                person,
                "Reviewer " + person.id().toString().substring(0, 6),
                "I want to see what changed",
                "CARER",
                "OUTSIDE_ENGLAND");
        String consultation = steps.openConsultation("Difference check " + tag);
        steps.answer(person, consultation, "ANONYMOUS", "Pay travel before the meeting " + tag);
        // closed, the answer in a key point, an agreed action whose review date is today (in London), the outcome out
        String keyPoint = steps.closeWithKeyPoint(consultation, person, "Travel paid before meetings " + tag);
        String action = steps.agreedAction(
                consultation,
                keyPoint,
                "Travel is paid before each meeting",
                LocalDate.now(ZoneId.of("Europe/London")));
        steps.publishOutcome(consultation);

        String notifications = "/api/forum/members/me/notifications";
        await().atMost(PROPAGATION)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> api(person.username())
                        .get(notifications)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("findAll { it.key == 'difference_asked' }.params.actionId")
                        .contains(action));

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

        JsonNode weDid = await().atMost(PROPAGATION)
                .until(
                        () -> api(STAFF)
                                .get("/api/tracking/consultations/" + consultation + "/you-said-we-did")
                                .then()
                                .extract()
                                .body()
                                .as(JsonNode.class),
                        page -> page.path("weDid").findValues("difference").stream()
                                .anyMatch(d -> d.path("madeADifference").asLong() == 1));
        assertThat(weDid.toString())
                .doesNotContain(comment)
                .doesNotContain(person.id().toString());
        String publicPage = given().baseUri(gateway)
                .get("/consultations/" + consultation + "/you-said-we-did")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(publicPage).doesNotContain(comment);
    }

    private static RequestSpecification api(String username) {
        return steps.as(username);
    }
}
