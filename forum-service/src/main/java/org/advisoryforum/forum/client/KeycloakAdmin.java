package org.advisoryforum.forum.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.forum.config.KeycloakAdminConfig;
import org.advisoryforum.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few Keycloak Admin API calls the forum needs: grant and remove the realm role {@code member}, read an e-mail
 * address for delivery. Every call is idempotent, so a retried request after a failure is harmless.
 * <p>
 * The service account may do exactly that and nothing else: the realm's fine-grained admin permissions
 * ({@code admin-permissions} client) let it view users and map the {@code member} role, no other role; it cannot
 * create, update or delete a user (see deploy/keycloak and {@code ServiceAccountLeastPrivilegeTest}).
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KeycloakAdminConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile ServiceToken token;

    public KeycloakAdmin(KeycloakAdminConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public void grantRealmRole(UUID userId, String role) {
        JsonNode available = get(userPath(userId) + "/role-mappings/realm/available");
        for (JsonNode candidate : available) {
            if (role.equals(candidate.path("name").asText())) {
                send("POST", userPath(userId) + "/role-mappings/realm", json.createArrayNode().add(candidate));
                return;
            }
        }
        // not available means the user already holds it
    }

    /** A user Keycloak no longer has holds no role: that is fine too. */
    public void removeRealmRole(UUID userId, String role) {
        HttpResponse<String> answer = exchange("GET", userPath(userId) + "/role-mappings/realm", null, true);
        if (answer.statusCode() == 404) {
            return;
        }
        JsonNode held = read(answer, "role mappings");
        for (JsonNode candidate : held) {
            if (role.equals(candidate.path("name").asText())) {
                send("DELETE", userPath(userId) + "/role-mappings/realm", json.createArrayNode().add(candidate));
                return;
            }
        }
    }

    public Optional<String> email(UUID userId) {
        String email = get(userPath(userId)).path("email").asText("");
        return email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    private String userPath(UUID userId) {
        return "/admin/realms/" + config.realm() + "/users/" + userId;
    }

    private JsonNode get(String path) {
        return read(exchange("GET", path, null, false), path);
    }

    private JsonNode read(HttpResponse<String> response, String what) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable("unreadable answer for " + what);
        }
    }

    private void send(String method, String path, JsonNode body) {
        exchange(method, path, body, false);
    }

    private HttpResponse<String> exchange(String method, String path, JsonNode body, boolean missingIsFine) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + serviceToken())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response = call(request.build());
        if (response.statusCode() == 404 && missingIsFine) {
            return response;
        }
        if (response.statusCode() == 404) {
            throw ProblemException.notFound("There is no such user in the identity provider.");
        }
        if (response.statusCode() >= 300) {
            throw unavailable(method + " " + path + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    private String serviceToken() {
        ServiceToken current = token;
        if (current == null || current.expiresAt().isBefore(Instant.now().plusSeconds(30))) {
            current = fetchToken();
            token = current;
        }
        return current.value();
    }

    private ServiceToken fetchToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(config.url() + "/realms/" + config.realm() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() != 200) {
            throw unavailable("service-account token request answered HTTP " + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            return new ServiceToken(answer.path("access_token").asText(),
                    Instant.now().plusSeconds(answer.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw unavailable("unreadable token answer");
        }
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static ProblemException unavailable(String why) {
        LOG.warnf("Keycloak Admin API call failed: %s", why);
        return new ProblemException(503, "Service Unavailable",
                "The identity provider could not be reached. Nothing was changed; please try again.", List.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record ServiceToken(String value, Instant expiresAt) {
    }
}
