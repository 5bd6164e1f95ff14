package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.advisoryforum.platform.infra.KeycloakTokens;

/** The gateway's API as the demo users use it: one token per user, JSON in and out, failures stop the load. */
final class DemoApi {

    private final String gateway;
    private final String keycloak;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    DemoApi(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    ObjectMapper json() {
        return json;
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> KeycloakTokens.demoUser(keycloak, u));
    }

    /** The user's pseudonymous member id: the subject of their token. */
    String memberId(String user) {
        try {
            String payload = token(user).split("\\.")[1];
            return json.readTree(Base64.getUrlDecoder().decode(payload))
                    .path("sub")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException("token of " + user + " is not a JWT", e);
        }
    }

    JsonNode call(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(user, method, path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("demo data: " + method + " " + path + " as " + user + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    int status(String user, String method, String path) throws IOException, InterruptedException {
        return send(user, method, path, null).statusCode();
    }

    /** What anybody may read, asked without a token (so no sign-in is spent on it). */
    JsonNode anonymous(String path) throws IOException, InterruptedException {
        return call(null, "GET", path, null);
    }

    /** The raw answer, for callers that expect refusals (e.g. retry until a consumer has caught up); no user, no token. */
    HttpResponse<String> send(String user, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
