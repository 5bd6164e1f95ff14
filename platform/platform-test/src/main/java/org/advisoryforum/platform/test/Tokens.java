package org.advisoryforum.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens for the demo users of the {@code advisory-forum} realm, by the password grant on the
 * confidential client {@code gateway} (its secret is read from the realm file).
 *
 * <pre>{@code given().auth().oauth2(Tokens.accessToken("amara")).get("/api/...")}</pre>
 */
public final class Tokens {

    /** The password of every demo user (local realm file only). */
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String CLIENT_ID = "gateway";
    public static final String REALM = "advisory-forum";
    private static final String DEFAULT_CLIENT_SECRET = "gateway-local-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile String clientSecret;

    private Tokens() {
    }

    /** A token from the Keycloak started by {@link KeycloakTestResource} in this JVM. */
    public static String accessToken(String username) {
        String url = SharedComponents.call("keycloakUrl");
        if (url == null) {
            throw new IllegalStateException("Keycloak is not running: annotate the test with "
                    + "@QuarkusTestResource(KeycloakTestResource.class), or use accessToken(keycloakBaseUrl, username)");
        }
        return accessToken(url, username);
    }

    /** A token from the Keycloak at {@code keycloakBaseUrl} (e.g. {@code http://localhost:8180}). */
    public static String accessToken(String keycloakBaseUrl, String username) {
        return accessToken(keycloakBaseUrl, username, DEMO_PASSWORD);
    }

    public static String accessToken(String keycloakBaseUrl, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", gatewaySecret());
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return tokenResponse(keycloakBaseUrl, form).path("access_token").asText();
    }

    /** POSTs {@code form} to the realm's token endpoint and returns the JSON answer (fails unless 200). */
    public static JsonNode tokenResponse(String keycloakBaseUrl, Map<String, String> form) {
        String base = keycloakBaseUrl.endsWith("/") ? keycloakBaseUrl.substring(0, keycloakBaseUrl.length() - 1) : keycloakBaseUrl;
        URI endpoint = URI.create(base + "/realms/" + REALM + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + form.getOrDefault("username", form.get("client_id"))
                        + " at " + endpoint + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while requesting a token", e);
        }
    }

    /** The decoded payload (claims) of a JWT, for assertions. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code gateway} client's secret from the realm file (falls back to the local default). */
    static String gatewaySecret() {
        String secret = clientSecret;
        if (secret == null) {
            secret = DEFAULT_CLIENT_SECRET;
            try {
                Path realm = SharedComponents.projectRoot().resolve(SharedComponents.REALM_FILE);
                for (JsonNode client : JSON.readTree(Files.readString(realm)).path("clients")) {
                    if (CLIENT_ID.equals(client.path("clientId").asText()) && client.hasNonNull("secret")) {
                        secret = client.path("secret").asText();
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // no realm file here: keep the default
            }
            clientSecret = secret;
        }
        return secret;
    }
}
