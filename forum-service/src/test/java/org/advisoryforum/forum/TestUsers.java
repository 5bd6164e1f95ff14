package org.advisoryforum.forum;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh people in the test Keycloak, so tests that grant, remove or erase accounts never touch the demo users.
 * Uses the same forum-service service account as the service itself.
 */
public final class TestUsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestUsers() {
    }

    public record Person(String username, UUID id) {
        public String token() {
            return Tokens.accessToken(keycloakUrl(), username);
        }
    }

    /** A signed-in person with no forum role yet. */
    public static Person create(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@example.org", "firstName", "Test", "lastName", "Person " + username,
                "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false)));
        HttpResponse<String> created = admin("POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return new Person(username, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    }

    public static boolean exists(UUID id) {
        return admin("GET", "/users/" + id, null).statusCode() == 200;
    }

    public static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class);
    }

    private static HttpResponse<String> admin(String method, String path, Object body) {
        try {
            String token = Tokens.tokenResponse(keycloakUrl(), Map.of("grant_type", "client_credentials",
                    "client_id", "forum-service", "client_secret", "forum-service-local-secret")).path("access_token").asText();
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(keycloakUrl() + "/admin/realms/advisory-forum" + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
