package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** People using the web pages in a real browser against the whole stack with real Keycloak. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BrowserJourneyIT {

    private static String gateway;
    private static Browser browser;
    private static String openId;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestStack.get().gatewayUrl();
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
    void aMemberAnswersSavesAndResumesThenSubmits() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(gateway + "/");
            Browser.assertAccessible(page, "home");
            Browser.screenshot(page, "home");
            page.navigate(gateway + "/consultations");
            Browser.assertAccessible(page, "consultations");

            Browser.signIn(page, gateway, "amara");
            page.navigate(gateway + "/consultations/" + openId);
            Browser.assertAccessible(page, "consultation");
            Browser.screenshot(page, "consultation");
            page.click("text=Answer this consultation");

            page.check("label:has-text('About right')");
            Browser.assertAccessible(page, "question page");
            Browser.screenshot(page, "question-page");
            page.click("text=Save and come back later");
            assertThat(Browser.html(page)).contains("Your answers have been saved");
            Browser.assertAccessible(page, "saved");

            // later, on any device: what was saved is there
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            assertThat(page.isChecked("label:has-text('About right')")).isTrue();
            page.fill("textarea[name='answer-p2']", "Someone to talk to at the benefits office before I am paid.");
            page.check("input[name='answer-p3'][value='4']");
            page.click("text=Save and continue");

            assertThat(Browser.html(page))
                    .contains("Check your answers before you send them")
                    .contains("Someone to talk to at the benefits office before I am paid.");
            Browser.assertAccessible(page, "check answers");
            Browser.screenshot(page, "check-answers");
            assertThat(Browser.html(page))
                    .as("nothing to withdraw beside Send my answers")
                    .doesNotContain("Withdraw my response");
            page.check("label:has-text('Quote me without my name')");
            page.click("text=Send my answers");
            assertThat(Browser.html(page)).contains("Your answers have been sent");
            Browser.assertAccessible(page, "submitted");
            Browser.screenshot(page, "submitted");

            // the consultation page sums up the response; withdrawing asks first, then says it was done
            page.navigate(gateway + "/consultations/" + openId);
            assertThat(Browser.html(page)).contains("You have sent your answers");
            Browser.assertAccessible(page, "consultation with my response");
            page.click("main >> text=Withdraw my response");
            assertThat(Browser.html(page))
                    .contains("Are you sure you want to withdraw your response?")
                    .contains("This removes your answers");
            Browser.assertAccessible(page, "withdraw confirmation");
            Browser.screenshot(page, "withdraw-confirmation");
            page.click("text=Yes, withdraw my response");
            assertThat(Browser.html(page)).contains("Your response has been withdrawn");
            Browser.assertAccessible(page, "withdrawn");
            // the back button and a second press: a clear message, not "Page not found"
            page.goBack();
            if (page.locator("button:has-text('Yes, withdraw my response')").count() > 0) {
                page.click("text=Yes, withdraw my response");
            }
            assertThat(Browser.html(page))
                    .contains("You have already withdrawn your response")
                    .doesNotContain("Page not found");
            Browser.assertAccessible(page, "already withdrawn");
        }
    }

    @Test
    void aRequiredAnswerMissingIsShownInTheErrorSummary() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "priya");
            page.navigate(gateway + "/consultations/" + openId + "/answer/check");
            page.click("text=Send my answers");
            assertThat(Browser.html(page)).contains("There is a problem");
            Browser.assertAccessible(page, "check answers with errors");
            Browser.screenshot(page, "error-summary");
        }
    }

    @Test
    void anAnswerOverTheLimitAndAMissingRequiredAnswerSayHowToPutThemRightOnTheirOwnPage() {
        try (BrowserContext context = browser.context(true)) { // axe-core needs JavaScript
            Page page = context.newPage();
            Browser.signIn(page, gateway, "priya");
            String tooLong = "I would like to be paid on time. ".repeat(65); // 2,145 characters
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            page.fill("textarea[name='answer-p2']", tooLong);
            page.click("text=Save and continue");
            assertThat(Browser.html(page))
                    .contains("There is a problem")
                    .contains("Your answer must be 2,000 characters or fewer. It has 2,145 now")
                    .doesNotContain("must be at most")
                    .doesNotContain("not one we can accept");
            assertThat(page.inputValue("textarea[name='answer-p2']")).isEqualTo(tooLong);
            Browser.assertAccessible(page, "an answer over the limit");

            page.navigate(gateway + "/consultations/" + openId + "/answer/1?lang=cy");
            page.fill("textarea[name='answer-p2']", "");
            page.click("button[value='continue']");
            assertThat(Browser.html(page)).contains("Dewiswch rif o 1 i 5");
            assertThat(page.url()).endsWith("/answer/1");
            Browser.assertAccessible(page, "a required answer missing, in Welsh");
        }
    }

    @Test
    void everyFormWorksWithoutJavaScript() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "david");
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            page.check("label:has-text('Too low')");
            page.check("input[name='answer-p3'][value='5']");
            page.click("text=Save and continue");
            page.check("label:has-text('Quote me with my name')");
            page.click("text=Send my answers");
            assertThat(Browser.html(page)).contains("Your answers have been sent");
        }
    }

    @Test
    void theAnsweringJourneyCanBeCompletedByKeyboardAlone() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "grace");
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            page.focus("input[name='answer-p1'][value='Not sure']");
            page.keyboard().press("Space");
            page.keyboard().press("Tab"); // the section comment
            page.focus("textarea[name='answer-p2']"); // the next section's question, on the same page
            page.keyboard().type("British Sign Language at every meeting.");
            page.focus("input[name='answer-p3'][value='3']");
            page.keyboard().press("Space");
            page.focus("button[value='continue']");
            page.keyboard().press("Enter");
            page.waitForURL("**/answer/check");
            page.focus("input[name='attribution'][value='ANONYMOUS']");
            page.keyboard().press("Space");
            page.focus("text=Send my answers");
            page.keyboard().press("Enter");
            page.waitForSelector("text=Your answers have been sent");
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "tom");
            page.navigate(gateway + "/consultations/" + openId + "/answer/1");
            APIResponse forged = page.request()
                    .post(
                            gateway + "/consultations/" + openId + "/answer/1",
                            RequestOptions.create()
                                    .setForm(FormData.create()
                                            .set("answer-p1", "Too high")
                                            .set("action", "later")));
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.text()).contains("You cannot see this page").doesNotContain("Exception");
        }
    }

    @Test
    void errorPagesAreFriendlyAndAccessible() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(gateway + "/consultations/00000000-0000-4000-8000-000000000000");
            assertThat(Browser.html(page)).contains("Page not found").doesNotContain("Exception");
            Browser.assertAccessible(page, "not found");
            Browser.screenshot(page, "not-found");
            page.navigate(gateway + "/?lang=cy");
            Browser.assertAccessible(page, "home in Welsh");
            Browser.screenshot(page, "home-cy");
            page.navigate(gateway + "/consultations");
            assertThat(page.locator("main").textContent())
                    .containsPattern(
                            "(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) 20\\d\\d")
                    .doesNotContainPattern(
                            "(January|February|March|April|May|June|July|August|September|October|November|December) 20\\d\\d");
        }
    }

    @Test
    void aMemberCannotOpenStaffPagesButStaffCan() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "amara");
            com.microsoft.playwright.Response denied = page.navigate(gateway + "/staff");
            assertThat(denied.status()).isEqualTo(403);
            assertThat(Browser.html(page)).contains("You cannot see this page").doesNotContain("Exception");
            Browser.assertAccessible(page, "forbidden");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff");
            assertThat(Browser.html(page)).contains("Staff area").contains(TestStack.OPEN_DEMO);
            Browser.assertAccessible(page, "staff home");
            Browser.screenshot(page, "staff-home");
        }
    }

    @Test
    void aMemberChangesHowTheyMayBeQuotedOnTheirAccountPage() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "priya");
            page.navigate(gateway + "/account");
            Browser.assertAccessible(page, "account");
            page.check("label:has-text('Quote me without my name')");
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("Your choices have been saved");
            assertThat(page.isChecked("label:has-text('Quote me without my name')"))
                    .isTrue();
            Browser.screenshot(page, "account");
        }
    }

    @Test
    void staffApproveAnApplicationToJoin() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/applications");
            assertThat(Browser.html(page)).contains("Lena Berg");
            Browser.assertAccessible(page, "applications");
            Browser.screenshot(page, "staff-applications");
            page.click("text=Record the decision");
            assertThat(Browser.html(page)).doesNotContain("Lena Berg").doesNotContain("There is a problem");
        }
    }

    @Test
    void aMemberEditsTheirProfileAndContactLimit() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "grace");
            page.navigate(gateway + "/account/profile");
            Browser.assertAccessible(page, "profile");
            page.fill("#maxInvitationsPerMonth", "abc");
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("There is a problem");
            Browser.assertAccessible(page, "profile with errors");
            page.fill("#maxInvitationsPerMonth", "3");
            page.check("label:has-text('Once a day')");
            page.click("text=Save my changes");
            assertThat(Browser.html(page)).contains("Your choices have been saved");
            page.navigate(gateway + "/account/profile");
            assertThat(page.inputValue("#maxInvitationsPerMonth")).isEqualTo("3");
            assertThat(page.isChecked("label:has-text('Once a day')")).isTrue();
            Browser.screenshot(page, "profile");
            page.navigate(gateway + "/account/leave");
            Browser.assertAccessible(page, "leave or erase");
        }
    }

    @Test
    void staffApproveAndPayAClaim() {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/claims");
            assertThat(Browser.html(page)).contains("£18.60");
            Browser.assertAccessible(page, "claims");
            Browser.screenshot(page, "staff-claims");
            page.click("text=Record the decision");
            assertThat(Browser.html(page)).contains("Approved").doesNotContain("There is a problem");
            page.click("text=Record the decision");
            assertThat(Browser.html(page)).contains("Paid").doesNotContain("There is a problem");
        }
    }
}
