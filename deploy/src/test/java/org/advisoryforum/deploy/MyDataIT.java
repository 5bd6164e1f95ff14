package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Your consent history" and "Download your data" in a real browser against the whole stack: the member downloads
 * one file gathered from the three services and finds their own answer in it, and nobody else's.
 *
 * <p>grace's answers to the closed demo consultation (deploy/demo/consultation-co-production.json) cannot change, so
 * this class only reads them; it changes nothing that another browser test relies on.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MyDataIT {

    /** What grace said in the closed demo consultation. */
    private static final String GRACES_WORDS = "BSL. I was given a letter and no interpreter";
    /** What tom said in it: never in grace's file. */
    private static final String TOMS_WORDS = "Documents that work with a screen reader.";

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
    void aMemberDownloadsEverythingThePlatformHoldsAboutThemAndFindsTheirOwnAnswer() throws Exception {
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "grace");
            page.navigate(gateway + "/account");
            page.click("a:has-text('Your consent history')");
            page.waitForURL("**/account/consent-history");
            assertThat(page.locator("table.govuk-table").count()).isEqualTo(1);
            Browser.assertAccessible(page, "consent history");
            Browser.screenshot(page, "consent-history");

            page.navigate(gateway + "/account");
            page.click("a:has-text('Download your data')");
            page.waitForURL("**/account/my-data");
            Browser.assertAccessible(page, "download my data");
            Browser.screenshot(page, "my-data");
            Download download = page.waitForDownload(() -> page.click("button:has-text('Download my data')"));
            assertThat(download.suggestedFilename())
                    .isEqualTo("my-data-" + LocalDate.now(ZoneId.of("Europe/London")) + ".json");
            String file = Files.readString(download.path());
            JsonNode data = new ObjectMapper().readTree(file);
            assertThat(data.fieldNames())
                    .toIterable()
                    .containsExactly("generatedAt", "forum", "consultations", "tracking");
            assertThat(file).contains(GRACES_WORDS).doesNotContain(TOMS_WORDS);

            page.navigate(gateway + "/account/my-data?lang=cy");
            assertThat(Browser.html(page)).contains("Lawrlwytho eich data");
            Browser.assertAccessible(page, "download my data in Welsh");
        }
    }

    @Test
    void theDownloadWorksWithoutJavaScript() throws Exception {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "grace");
            page.navigate(gateway + "/account/my-data");
            Download download = page.waitForDownload(() -> page.click("button:has-text('Download my data')"));
            assertThat(Files.readString(download.path())).contains(GRACES_WORDS);
        }
    }
}
