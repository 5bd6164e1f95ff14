package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Debian's headless chromium driven by Playwright (never a downloaded browser), with axe-core and screenshots. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromiumBinary())
                        .setHeadless(true)
                        .setTimeout(60_000)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    BrowserContext context(boolean javaScript) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1100, 900));
        context.setDefaultTimeout(20_000);
        return context;
    }

    static void signIn(Page page, String gateway, String user) {
        page.navigate(gateway + "/");
        page.click("text=Sign in");
        page.fill("#username", user);
        page.fill("#password", "demo-password");
        page.click("#kc-login");
        page.waitForURL(gateway + "/**");
        assertThat(html(page)).contains("Signed in as " + user);
    }

    /**
     * The page's HTML once it has loaded. A click that follows a link returns as soon as the next page starts to
     * arrive, so reading {@code page.content()} straight after it can see half a page.
     */
    static String html(Page page) {
        page.waitForLoadState();
        return page.content();
    }

    /** axe-core finds no violation on the page (it needs JavaScript, so only in a scripted context). */
    static void assertAccessible(Page page, String name) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(name + " has accessibility violations: "
                        + violations.stream()
                                .map(v -> v.getId() + " ("
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget().toString())
                                                .collect(Collectors.joining("; "))
                                        + ")")
                                .collect(Collectors.joining(", ")))
                .isEmpty();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static Path chromiumBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path candidate = Paths.get(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException(
                "Debian's chromium is needed for the browser tests: apt-get install -y chromium");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
