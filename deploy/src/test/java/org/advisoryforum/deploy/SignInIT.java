package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Signing in through the realm's {@code advisory-forum} login theme in a real browser: the service's GOV.UK look
 * served by Keycloak itself, no axe-core violation, a wrong password as a GOV.UK error summary, and the page's
 * language carried to Keycloak ({@code ui_locales}) and back to the page the member came from.
 *
 * <p>Fresh Keycloak users only: a wrong password counts towards brute-force detection, which the demo users, shared
 * with the other browser tests of this JVM, must never reach.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SignInIT {

    /** GOV.UK Frontend's button colour (govuk-colour("green")): proof that the theme's copy of the CSS is served. */
    private static final String GOVUK_BUTTON_GREEN = "rgb(0, 112, 60)";

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
    void theSignInPageLooksLikeTheServiceAndAWrongPasswordIsAnErrorSummaryLinkedToTheField() {
        KeycloakTestUsers.Person person = KeycloakTestUsers.create(stack.keycloakUrl(), "signin");
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(gateway + "/?lang=en");
            page.click("nav >> text=Sign in");
            page.waitForURL(stack.keycloakUrl() + "/realms/advisory-forum/**");

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator(".govuk-header .govuk-header__logotype-text")
                            .textContent()
                            .trim())
                    .isEqualTo("Advisory Forum");
            assertThat(page.locator("a.govuk-header__link").getAttribute("href"))
                    .isEqualTo(gateway + "/");
            assertThat(page.locator("link[rel=stylesheet][href*='/login/advisory-forum/css/govuk-frontend.min.css']")
                            .count())
                    .isEqualTo(1);
            assertThat(page.locator("#kc-login").evaluate("b => getComputedStyle(b).backgroundColor"))
                    .isEqualTo(GOVUK_BUTTON_GREEN);
            assertThat(page.locator("h1").textContent().trim()).isEqualTo("Sign in to the Advisory Forum");
            assertThat(page.locator("label[for=username]").textContent().trim())
                    .isEqualTo("Username or e-mail address");
            assertThat(page.locator("label[for=password]").textContent().trim()).isEqualTo("Password");
            assertThat(page.locator("#kc-login").textContent().trim()).isEqualTo("Sign in");
            assertThat(page.locator(".govuk-footer").textContent()).contains("The national advisory forum");
            assertThat(page.title()).isEqualTo("Sign in to the Advisory Forum – Advisory Forum");
            Browser.assertAccessible(page, "sign-in");
            Browser.screenshot(page, "sign-in");

            page.fill("#username", person.username());
            page.fill("#password", "not-the-password");
            page.click("#kc-login");
            assertThat(page.title()).startsWith("Error: ");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("There is a problem")
                    .contains("The username, e-mail address or password is not right. Check them and try again.");
            assertThat(page.locator("#username-error").textContent()).contains("is not right");
            assertThat(page.locator("#username").inputValue()).isEqualTo(person.username());
            Browser.assertAccessible(page, "sign-in with a wrong password");
            Browser.screenshot(page, "sign-in-wrong-password");
            page.click(".govuk-error-summary a");
            assertThat(page.url()).endsWith("#username");

            page.fill("#password", Tokens.DEMO_PASSWORD);
            page.click("#kc-login");
            page.waitForURL(gateway + "/**");
            assertThat(Browser.html(page)).contains("Signed in as " + person.username());
        }
    }

    @Test
    void fromAWelshPageTheSignInPageIsWelshAndSigningInComesBackToThatPage() throws Exception {
        KeycloakTestUsers.Person person = KeycloakTestUsers.create(stack.keycloakUrl(), "cymraeg");
        String consultation = gateway + "/consultations/" + TestStack.openDemoConsultationId();
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(consultation + "?lang=cy");
            // staff wrote the consultation in English: the Welsh page says so to screen readers
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
            assertThat(page.locator("h1").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("h1").textContent()).isEqualTo(TestStack.OPEN_DEMO);
            assertThat(page.locator(".govuk-caption-l").getAttribute("lang")).isEqualTo("en");
            Browser.assertAccessible(page, "Welsh consultation page");

            page.click("nav a[href^='/login']");
            page.waitForURL(stack.keycloakUrl() + "/realms/advisory-forum/**");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
            assertThat(page.locator(".govuk-header__logotype-text")
                            .textContent()
                            .trim())
                    .isEqualTo("Fforwm Cynghori");
            assertThat(page.locator("h1").textContent().trim()).isEqualTo("Mewngofnodi i’r Fforwm Cynghori");
            assertThat(page.locator("label[for=password]").textContent().trim()).isEqualTo("Cyfrinair");
            assertThat(page.locator("#kc-login").textContent().trim()).isEqualTo("Mewngofnodi");
            assertThat(page.locator("nav a[lang=en]").textContent().trim()).isEqualTo("English");
            Browser.assertAccessible(page, "Welsh sign-in");
            Browser.screenshot(page, "sign-in-cy");

            page.fill("#username", person.username());
            page.fill("#password", "nid-dyma-fe");
            page.click("#kc-login");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Mae problem")
                    .contains("Nid yw’r enw defnyddiwr, y cyfeiriad e-bost na’r cyfrinair yn gywir.");
            Browser.assertAccessible(page, "Welsh sign-in with a wrong password");
            Browser.screenshot(page, "sign-in-cy-wrong-password");

            page.fill("#password", Tokens.DEMO_PASSWORD);
            page.click("#kc-login");
            page.waitForURL(consultation + "**");
            assertThat(page.url()).isEqualTo(consultation + "?lang=cy");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
            assertThat(Browser.html(page)).contains("Wedi mewngofnodi fel " + person.username());
        }
    }
}
