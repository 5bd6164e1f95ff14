package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The "we did" half of the demo consultation (deploy/demo/consultation-co-production.json, section "actions"),
 * through the gateway as staff would do it: once feedback-tracking-service has the key points (and the v1 → v2
 * revision for evidence), each demo action is recorded as AGREED and then moved to its final status (implemented,
 * partly adopted or not adopted, with its reason), and the outcome is published through consultation-service, whose
 * {@code outcome-published} event makes the public "You said, we did" page appear. A key point that already has an
 * action is left alone, so loading twice adds nothing.
 */
final class TrackingDemoData {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String STAFF = "sam";

    private final DemoApi api;
    private final Path demoDir;

    TrackingDemoData(DemoApi api, Path demoDir) {
        this.api = api;
        this.demoDir = demoDir;
    }

    void load(UUID consultationId) throws IOException, InterruptedException {
        JsonNode demo = api.json()
                .readTree(demoDir.resolve("consultation-co-production.json").toFile());
        Map<String, JsonNode> keyPoints = awaitKeyPoints(consultationId, demo.path("keyPoints"));
        for (JsonNode action : demo.path("actions")) {
            JsonNode first = keyPoints.get(action.path("keyPoints").path(0).asText());
            if (first == null || !first.path("actions").isEmpty()) {
                continue;
            }
            String id = record(request(consultationId, action, keyPoints));
            ObjectNode status = api.json()
                    .createObjectNode()
                    .put("status", action.path("status").asText());
            if (action.hasNonNull("reason")) {
                status.put("reason", action.path("reason").asText());
            }
            api.call(STAFF, "POST", "/api/tracking/actions/" + id + "/status", status);
        }
        approveQuotes(consultationId);
        HttpResponse<String> published = api.send(
                STAFF,
                "POST",
                "/api/consultations/" + consultationId + "/publish-outcome",
                api.json().createObjectNode());
        if (published.statusCode() != 409) {
            expect(published, 200, 201, 204);
        }
    }

    /** staff approve the demo's consented answers in moderation, so the public page has quotes to show */
    private void approveQuotes(UUID consultationId) throws IOException, InterruptedException {
        JsonNode pending = api.call(STAFF, "GET", "/api/tracking/moderation?consultationId=" + consultationId, null);
        for (JsonNode item : pending) {
            api.call(
                    STAFF,
                    "POST",
                    "/api/tracking/moderation/" + item.path("inputId").asText() + "/decision",
                    api.json().createObjectNode().put("decision", "APPROVE"));
        }
    }

    /** key point by its demo key ("kp1"…), matched by text, once tracking has all of them */
    private Map<String, JsonNode> awaitKeyPoints(UUID consultationId, JsonNode wanted)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode tracked =
                    api.call(STAFF, "GET", "/api/tracking/consultations/" + consultationId + "/key-points", null);
            Map<String, JsonNode> byText = new HashMap<>();
            tracked.forEach(k -> byText.put(k.path("text").asText(), k));
            Map<String, JsonNode> found = new HashMap<>();
            wanted.forEach(k -> {
                JsonNode match = byText.get(k.path("text").asText());
                if (match != null) {
                    found.put(k.path("key").asText(), match);
                }
            });
            if (found.size() == wanted.size()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("feedback-tracking-service has " + found.size() + " of the "
                        + wanted.size() + " demo key points after " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private ObjectNode request(UUID consultationId, JsonNode action, Map<String, JsonNode> keyPoints) {
        ObjectNode request = api.json()
                .createObjectNode()
                .put("consultationId", consultationId.toString())
                .put("description", action.path("description").asText())
                .put("owner", action.path("owner").asText())
                .put("status", "AGREED");
        ArrayNode ids = request.putArray("keyPointIds");
        action.path("keyPoints")
                .forEach(k -> ids.add(keyPoints.get(k.asText()).path("id").asText()));
        if (action.hasNonNull("evidenceSection")) {
            request.putObject("evidence")
                    .put("sectionKey", action.path("evidenceSection").asText());
        }
        if (action.hasNonNull("reviewInDays")) {
            request.put(
                    "reviewDate",
                    LocalDate.now(ZoneOffset.UTC)
                            .plusDays(action.path("reviewInDays").asLong())
                            .toString());
        }
        return request;
    }

    /** records an action; evidence from the revision is refused until tracking has consumed draft-revised: retry */
    private String record(ObjectNode request) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = api.send(STAFF, "POST", "/api/tracking/actions", request);
            boolean revisionNotYetThere =
                    response.statusCode() == 400 && response.body().contains("evidence.sectionKey");
            if (!revisionNotYetThere || System.nanoTime() > deadline) {
                expect(response, 201);
                return api.json().readTree(response.body()).path("id").asText();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " "
                + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
}
