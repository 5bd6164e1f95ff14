package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls from the pages to the services, on behalf of whoever is looking (a signed-in user's token goes along). */
@ApplicationScoped
public class MemberApi {

    /** A service's answer: its status and its JSON body (empty object when there was none). */
    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status < 300;
        }

        /** A refusal's field errors (problem+json {@code errors: [{field, message}]}), field to message. */
        public Map<String, String> fieldErrors() {
            return MemberApi.fieldErrors(body);
        }
    }

    /** The fields a service's problem+json names, each with the service's (English) message, in order. */
    public static Map<String, String> fieldErrors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.path("errors").forEach(e -> errors.putIfAbsent(e.path("field").asText(), e.path("message").asText()));
        return errors;
    }

    private final ServiceRequests services;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MemberApi(ServiceRequests services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    public Reply call(String method, String path, Object body) {
        HttpRequest.Builder request = services.to(path)
                .orElseThrow(() -> new IllegalArgumentException("no service owns " + path)).request()
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json");
        try {
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body() == null || response.body().isBlank() ? json.createObjectNode()
                    : json.readTree(response.body());
            return new Reply(response.statusCode(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public <T> T read(JsonNode node, Class<T> type) {
        return json.convertValue(node, type);
    }
}
