package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The staff pages of #16 point 5 in a real browser against the whole stack: members (search, a member's page, recording
 * an activity with its error summary), invitation rounds, decided applications, flagging a safeguarding concern that
 * only the safeguarding lead reads, the response clock, the admin's dead letters, and (#16 point 3) recording an
 * action's evidence and tracing it back to the answer behind it and forward again; each page passes axe-core.
 *
 * <p>The activity is recorded for grace, whose ledger no other test counts; the concern is flagged on the closed demo
 * consultation, whose answers no other test flags; the evidence is recorded on an action of a consultation of its own.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StaffPagesIT {

    private static final String CLOSED_DEMO =
            "Draft guidance: working in partnership with people who use social work services";

    private static String gateway;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestStack.get().gatewayUrl();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffFindAMemberReadTheirNeedsAndLedgerAndRecordAnActivity() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff");
            page.click("text=Members of the forum");
            page.fill("#name", "mensah");
            page.click("button:has-text('Search')");
            assertThat(page.locator("#found").textContent()).contains("1 members found");
            Browser.assertAccessible(page, "members search");
            page.click("a:has-text('Grace Mensah')");
            assertThat(Browser.html(page))
                    .contains("Accessibility needs (to plan formats)")
                    .contains("Involvement ledger");
            Browser.assertAccessible(page, "a member's page");

            page.click("button:has-text('Record the activity')");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Choose a meeting or another activity")
                    .contains("Enter what they did")
                    .contains("Enter how long it took")
                    .contains("Enter a real date");
            Browser.assertAccessible(page, "record an activity with errors");

            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            page.check("#kind-OTHER");
            page.fill("#description", "Reviewed the easy read version");
            page.fill("#durationMinutes", "45");
            page.fill("#occurred-day", Integer.toString(today.getDayOfMonth()));
            page.fill("#occurred-month", Integer.toString(today.getMonthValue()));
            page.fill("#occurred-year", Integer.toString(today.getYear()));
            page.click("button:has-text('Record the activity')");
            assertThat(Browser.html(page)).contains("The activity is now in their involvement ledger.");
            assertThat(page.locator("table").last().textContent())
                    .contains("Reviewed the easy read version")
                    .contains("45 minutes");
            assertThat(Browser.html(page)).doesNotContain("Erase this member");
        }
    }

    @Test
    void staffReadInvitationRoundsAndDecidedApplications() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff");
            page.click("text=Invitation rounds");
            assertThat(Browser.html(page)).contains(TestStack.OPEN_DEMO);
            Browser.assertAccessible(page, "invitation rounds");
            page.click("a:has-text('" + TestStack.OPEN_DEMO + "')");
            assertThat(Browser.html(page)).contains("Members held back");
            Browser.assertAccessible(page, "one invitation round");

            page.navigate(gateway + "/staff/applications");
            page.click("text=Decided applications");
            assertThat(Browser.html(page)).contains("Decided applications");
            Browser.assertAccessible(page, "decided applications");
        }
    }

    @Test
    void aConcernStaffFlagIsReadOnlyByTheSafeguardingLead() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff");
            page.click("a:has-text('" + CLOSED_DEMO + "')");
            page.click("a:has-text('Response clock')");
            assertThat(Browser.html(page)).contains("Outcome due by");
            Browser.assertAccessible(page, "response clock");
            page.goBack();
            page.locator("a:has-text('Flag a safeguarding concern')").first().click();
            Browser.assertAccessible(page, "flag a concern");
            page.fill("#concern", "Says nobody has visited for weeks");
            page.click("button:has-text('Send to the safeguarding lead')");
            assertThat(Browser.html(page)).contains("The concern has been sent to the safeguarding lead.");
            Response refused = page.navigate(gateway + "/safeguarding");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(Browser.html(page)).doesNotContain("Says nobody has visited for weeks");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "nia");
            page.click("nav >> text=Safeguarding concerns");
            assertThat(Browser.html(page))
                    .contains("Says nobody has visited for weeks")
                    .contains("Read the list");
            Browser.assertAccessible(page, "safeguarding concerns");
        }
    }

    @Test
    void theAdminSeesTheDeadLettersOfEveryServiceAndTheErasureOnAMembersPage() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "ada");
            page.navigate(gateway + "/staff");
            page.click("text=Dead letters");
            assertThat(Browser.html(page))
                    .contains("Consultations")
                    .contains("Forum")
                    .contains("Tracking what was done");
            Browser.assertAccessible(page, "dead letters");
            page.navigate(gateway + "/staff/members");
            page.click("a:has-text('Grace Mensah')");
            page.click("text=Erase this member's personal data");
            assertThat(Browser.html(page)).contains("Yes, erase their personal data");
            Browser.assertAccessible(page, "erasure confirmation");
            page.click("text=No, go back to the member");
            assertThat(Browser.html(page)).contains("Grace Mensah");
        }
    }

    @Test
    void staffRecordAnActionsEvidenceAndTraceItBackToTheAnswerAndForwardAgain() throws Exception {
        ApiSteps steps = new ApiSteps(TestStack.get());
        KeycloakTestUsers.Person person =
                KeycloakTestUsers.create(TestStack.get().keycloakUrl(), "evidence");
        String tag = person.username().substring(person.username().indexOf('-') + 1);
        String words = "Pay travel on the day, not weeks later " + tag;
        String keyPointText = "Travel should be paid on the day " + tag;
        String actionText = "Travel is paid on the day of each meeting " + tag;
        steps.becomeMember(person, "Evidence " + tag, "I want payments to be fair", "LIVED_EXPERIENCE", "NORTH_WEST");
        String consultation = steps.openConsultation("Evidence check " + tag);
        steps.answer(person, consultation, "ANONYMOUS", words);
        String keyPoint = steps.closeWithKeyPoint(consultation, person, keyPointText);
        String action = steps.agreedAction(consultation, keyPoint, actionText, null);
        String actionPage = gateway + "/staff/consultations/" + consultation + "/actions/" + action;

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(actionPage);
            page.click("text=Record evidence of what changed");
            page.waitForURL("**/actions/" + action + "/evidence");
            Browser.assertAccessible(page, "evidence");

            page.check("#status-PARTLY_ADOPTED");
            page.click("button:has-text('Save the status and evidence')");
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Enter the reason: it is needed when an action is partly adopted");
            Browser.assertAccessible(page, "evidence with an error");

            page.check("#status-IMPLEMENTED");
            page.fill("#description", "We will pay travel on the day from next year");
            page.click("button:has-text('Save the status and evidence')");
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Say what has changed, not what will change");

            page.fill("#description", "Travel is now paid in cash on the day of each meeting");
            page.fill("#documentUrl", "https://example.org/payment-policy-v2");
            page.click("button:has-text('Save the status and evidence')");
            page.waitForURL("**/evidence?saved=true");
            assertThat(Browser.html(page))
                    .contains("The status and its evidence are saved.")
                    .contains("https://example.org/payment-policy-v2")
                    .contains("Travel is now paid in cash on the day of each meeting");
            assertThat(page.locator(".govuk-summary-list .govuk-tag").first().textContent())
                    .isEqualTo("Done");
            Browser.assertAccessible(page, "evidence saved");

            page.navigate(actionPage);
            page.click("text=Trace this action back to the answers behind it");
            page.waitForURL("**/actions/" + action + "/trace");
            assertThat(Browser.html(page))
                    .contains("Where this action came from")
                    .contains(keyPointText)
                    .contains(words);
            Browser.assertAccessible(page, "trace back");

            page.click("a:has-text('What became of this answer')");
            page.waitForURL("**/outcomes?consultation=" + consultation);
            assertThat(page.locator("h1").textContent()).isEqualTo("What became of this answer");
            assertThat(Browser.html(page)).contains(keyPointText).contains(actionText);
            Browser.assertAccessible(page, "trace forward");
            page.click("a:has-text('" + actionText + "')");
            page.waitForURL(actionPage);
        }
    }
}
