package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A newcomer applies to join through the pages, staff approve, and the newcomer then takes part as a member. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class JoiningIT {

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

    @Test
    void aNewcomerAppliesToJoinFixingMistakesAndOnceApprovedTakesPartAsAMember() {
        String gateway = stack.gatewayUrl();
        // a fresh person, so the demo applicant (lena) and her application stay as other tests expect them
        KeycloakTestUsers.Person newcomer = KeycloakTestUsers.create(stack.keycloakUrl(), "newcomer");
        String name = "Jo " + newcomer.username();

        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, newcomer.username());
            page.click("nav >> text=Join the forum");
            assertThat(page.locator("h1").textContent()).isEqualTo("Apply to join the forum");
            Browser.assertAccessible(page, "join");
            page.click("text=Send my application");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Enter your name")
                    .contains("Tell us why you want to join")
                    .contains("Choose at least one that describes you")
                    .contains("Choose where you live")
                    .contains("Say whether we can e-mail you");
            page.click(".govuk-error-summary >> text=Choose where you live");
            assertThat(page.url()).endsWith("#region");
            Browser.assertAccessible(page, "join with errors");
            Browser.screenshot(page, "join-errors");
        }
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, newcomer.username());
            page.navigate(gateway + "/join");
            page.fill("#displayName", name);
            page.fill("#why", "I cared for my brother for ten years and want other carers to be heard.");
            page.check("label:has-text('I am a carer')");
            page.selectOption("#region", "NORTH_WEST");
            page.check("label:has-text('Large print')");
            page.check("#contactByEmail");
            page.click("text=Send my application");
            assertThat(Browser.html(page)).contains("We have your application");
            page.navigate(gateway + "/join");
            assertThat(Browser.html(page)).contains("We have your application").doesNotContain("Send my application");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, newcomer.username());
            page.navigate(gateway + "/join");
            assertThat(page.locator("h1").textContent()).isEqualTo("We have your application");
            Browser.assertAccessible(page, "application pending");
            Browser.screenshot(page, "join-pending");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "sam");
            page.navigate(gateway + "/staff/applications");
            Locator application = page.locator(".forum-action", new Page.LocatorOptions().setHasText(name));
            assertThat(application.textContent()).contains("carers").contains("North West");
            application.locator("button:has-text('Record the decision')").click();
            assertThat(Browser.html(page)).doesNotContain(name).doesNotContain("There is a problem");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, newcomer.username());
            assertThat(page.locator("nav").textContent())
                    .contains("My consultations")
                    .doesNotContain("Join the forum");
            page.navigate(gateway + "/join");
            assertThat(page.url()).endsWith("/account");
            Browser.screenshot(page, "new-member-account");
        }
    }
}
