package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The gateway is the only way in: what the services and the gateway expose, and to whom (issue #11, the edge). */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EdgeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
    void healthMetricsAndOpenApiAreOnlyOnTheManagementInterfaces() throws Exception {
        assertThat(status(stack.gatewayUrl() + "/q/metrics")).isEqualTo(404);
        assertThat(status(stack.gatewayUrl() + "/q/health")).isEqualTo(404);
        assertThat(status(stack.managementUrl("gateway") + "/q/health/ready")).isEqualTo(200);
        assertThat(status(stack.managementUrl("gateway") + "/q/metrics")).isEqualTo(200);
        for (String service : List.of("consultation-service", "forum-service", "feedback-tracking-service")) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/openapi", "/q/swagger-ui")) {
                assertThat(status(stack.serviceUrl(service) + path))
                        .as(service + path)
                        .isEqualTo(404);
            }
            assertThat(status(stack.managementUrl(service) + "/q/health/ready"))
                    .as(service)
                    .isEqualTo(200);
            assertThat(status(stack.managementUrl(service) + "/q/openapi"))
                    .as(service)
                    .isEqualTo(200);
            assertThat(status(stack.managementUrl(service) + "/q/swagger-ui"))
                    .as(service)
                    .isEqualTo(404);
        }
    }

    @Test
    void theServicesAnswerOnLoopbackOnlyWhileTheGatewayAnswersEverywhere() throws Exception {
        InetAddress outside = nonLoopbackAddress()
                .orElseThrow(() -> new AssertionError("this machine has no non-loopback IPv4 address to try"));
        for (String service : List.of("consultation-service", "forum-service", "feedback-tracking-service")) {
            int port = URI.create(stack.serviceUrl(service)).getPort();
            assertThat(connects(outside, port)).as(service + " on " + outside).isFalse();
            assertThat(connects(InetAddress.getLoopbackAddress(), port))
                    .as(service + " on loopback")
                    .isTrue();
            int management = URI.create(stack.managementUrl(service)).getPort();
            assertThat(connects(outside, management))
                    .as(service + " management on " + outside)
                    .isFalse();
        }
        assertThat(connects(outside, URI.create(stack.gatewayUrl()).getPort()))
                .as("gateway")
                .isTrue();
    }

    @Test
    void theBrowserSessionAloneCannotChangeAnythingThroughTheApi() {
        String gateway = stack.gatewayUrl();
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            Browser.signIn(page, gateway, "amara");
            // a page works with the session ...
            assertThat(page.navigate(gateway + "/account").status()).isEqualTo(200);
            // ... but the API, called with the same cookies (as a hostile page would make the browser do), does not
            APIResponse write = context.request()
                    .post(
                            gateway + "/api/forum/members/me/claims",
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/json")
                                    .setData("{}"));
            assertThat(write.status()).isEqualTo(403);
            assertThat(write.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(write.text()).contains("bearer_token_required");
            APIResponse read = context.request().get(gateway + "/api/forum/members/me");
            assertThat(read.status())
                    .as("a read with only the session is anonymous")
                    .isEqualTo(401);
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
