package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.advisoryforum.platform.infra.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Puts the demo content (deploy/demo, from the shared personas and consultations) into a running stack through
 * the gateway's public API, as the demo staff user would. Loading twice adds nothing.
 */
final class DemoData {

    private static final String STAFF_USER = "sam";

    private final String gateway;
    private final String keycloak;
    private final Path demoDir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String staffToken;

    DemoData(String gateway, String keycloak, Path demoDir) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.demoDir = demoDir;
    }

    void load() throws IOException, InterruptedException {
        staffToken = KeycloakTokens.demoUser(keycloak, STAFF_USER);
        Set<String> existing = new HashSet<>();
        for (String query : new String[] {"", "?status=draft"}) {
            for (JsonNode consultation : call("GET", "/api/consultations" + query, null)) {
                existing.add(consultation.path("title").asText());
            }
        }
        JsonNode open = json.readTree(demoDir.resolve("consultation-payment.json").toFile()).path("consultation");
        if (!existing.contains(open.path("title").asText())) {
            String id = create(open, Instant.now().plus(Duration.ofDays(open.path("closesInDays").asLong(23))));
            call("POST", "/api/consultations/" + id + "/publish", null);
        }
        JsonNode closed = json.readTree(demoDir.resolve("consultation-co-production.json").toFile()).path("consultation");
        if (!existing.contains(closed.path("title").asText())) {
            String id = create(closed, Instant.now().plus(Duration.ofHours(1)));
            call("POST", "/api/consultations/" + id + "/publish", null);
            call("POST", "/api/consultations/" + id + "/close", null);
        }
    }

    private String create(JsonNode demo, Instant closesAt) throws IOException, InterruptedException {
        ObjectNode request = json.createObjectNode();
        for (String field : new String[] {"title", "summary", "plainLanguageSummary", "kind", "audience", "accountableTeam"}) {
            request.set(field, demo.path(field));
        }
        request.put("closesAt", closesAt.toString());
        return call("POST", "/api/consultations", request).path("id").asText();
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + staffToken)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }
}
