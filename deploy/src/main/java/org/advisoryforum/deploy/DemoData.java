package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Puts the demo content (deploy/demo, from the shared personas and consultations) into a running stack through
 * the gateway's API, as the demo users would: the forum's members first, then an open consultation to answer and
 * one taken all the way from draft to published outcome. What exists already is not added again.
 */
final class DemoData {

    private static final String STAFF = "sam";
    private static final Duration SNAPSHOT_WAIT = Duration.ofSeconds(60);

    private final Path demoDir;
    private final DemoApi api;

    DemoData(String gateway, String keycloak, Path demoDir) {
        this.demoDir = demoDir;
        this.api = new DemoApi(gateway, keycloak);
    }

    /** Adds what is missing; false when a load had already gone to its end, so nothing was asked but one read. */
    boolean load() throws IOException, InterruptedException {
        if (loadedToTheEnd()) {
            return false;
        }
        new ForumDemoData(api, demoDir).load();
        Set<String> existing = new HashSet<>();
        for (String query : new String[] {"", "?status=draft", "?status=upcoming"}) {
            for (JsonNode consultation : api.call(STAFF, "GET", "/api/consultations" + query, null)) {
                existing.add(consultation.path("title").asText());
            }
        }
        JsonNode open = read("consultation-payment.json");
        if (!existing.contains(open.path("consultation").path("title").asText())) {
            String id = createWithDraftAndQuestions(
                    open,
                    Instant.now()
                            .plus(Duration.ofDays(open.path("consultation")
                                    .path("closesInDays")
                                    .asLong(23))));
            api.call(STAFF, "POST", "/api/consultations/" + id + "/publish", null);
        }
        JsonNode coProduction = read("consultation-co-production.json");
        if (!existing.contains(coProduction.path("consultation").path("title").asText())) {
            loadFromDraftToOutcome(coProduction);
        }
        return true;
    }

    /**
     * The co-production consultation's outcome is the last thing a load publishes, so once it is public every step
     * before it has been done. One anonymous read then stands for the whole check: a warm start spends no sign-in
     * (each costs Keycloak a password hash) and no per-member read on it.
     */
    private boolean loadedToTheEnd() throws IOException, InterruptedException {
        String title = read("consultation-co-production.json")
                .path("consultation")
                .path("title")
                .asText();
        for (JsonNode consultation : api.anonymous("/api/consultations?status=closed")) {
            if (title.equals(consultation.path("title").asText())
                    && "OUTCOME_PUBLISHED".equals(consultation.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Published, answered by the five members, closed, grouped into key points, revised, then its outcome. */
    private void loadFromDraftToOutcome(JsonNode demo) throws IOException, InterruptedException {
        awaitMemberSnapshots(demo);
        String id = createWithDraftAndQuestions(demo, Instant.now().plus(Duration.ofHours(1)));
        api.call(STAFF, "POST", "/api/consultations/" + id + "/publish", null);
        for (JsonNode response : demo.path("responses")) {
            String member = response.path("member").asText();
            ObjectNode body = api.json().createObjectNode();
            body.put("attribution", response.path("attribution").asText());
            body.set("answers", response.path("answers"));
            if (response.has("sectionComments")) {
                body.set("sectionComments", response.path("sectionComments"));
            }
            api.call(member, "PUT", "/api/consultations/" + id + "/responses/me", body);
            api.call(member, "POST", "/api/consultations/" + id + "/responses/me/submit", null);
        }
        api.call(STAFF, "POST", "/api/consultations/" + id + "/close", null);

        Map<String, String> inputIds = inputIds(id);
        for (JsonNode keyPoint : demo.path("keyPoints")) {
            ArrayNode inputs = api.json().createArrayNode();
            for (JsonNode ref : keyPoint.path("answers")) {
                String input = inputIds.get(
                        api.memberId(ref.get(0).asText()) + "/" + ref.get(1).asText());
                if (input != null) {
                    inputs.add(input);
                }
            }
            ObjectNode body = api.json().createObjectNode();
            body.put("text", keyPoint.path("text").asText());
            body.set("inputs", inputs);
            api.call(STAFF, "POST", "/api/consultations/" + id + "/key-points", body);
        }
        ObjectNode revision = api.json().createObjectNode();
        revision.set("sections", demo.path("draftV2"));
        revision.put("note", "Revised after the forum's answers: see You said, we did.");
        api.call(STAFF, "POST", "/api/consultations/" + id + "/draft-versions", revision);
        new TrackingDemoData(api, demoDir).load(java.util.UUID.fromString(id));
    }

    /** "memberId/questionKey" and "memberId/sectionKey" to the id of that answer or section comment. */
    private Map<String, String> inputIds(String consultationId) throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode response : api.call(STAFF, "GET", "/api/consultations/" + consultationId + "/responses", null)) {
            String member = response.path("memberId").asText();
            response.path("answers")
                    .forEach(a -> ids.put(
                            member + "/" + a.path("questionKey").asText(),
                            a.path("answerId").asText()));
            response.path("sectionComments")
                    .forEach(c -> ids.put(
                            member + "/" + c.path("sectionKey").asText(),
                            c.path("commentId").asText()));
        }
        return ids;
    }

    /** Voices need the members' perspectives, which reach consultation-service as forum.member.v1 events. */
    private void awaitMemberSnapshots(JsonNode demo) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SNAPSHOT_WAIT.toNanos();
        for (JsonNode response : demo.path("responses")) {
            String path = "/api/consultations/member-snapshots/"
                    + api.memberId(response.path("member").asText());
            // a NAMED response needs the member's NAMED consent to have arrived too
            boolean named = "NAMED".equals(response.path("attribution").asText());
            while (api.status(STAFF, "GET", path) != 200
                    || named
                            && !"NAMED"
                                    .equals(api.call(STAFF, "GET", path, null)
                                            .path("quoteConsent")
                                            .asText())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "demo data: members' perspectives did not reach consultation-service");
                }
                Thread.sleep(250);
            }
        }
    }

    private String createWithDraftAndQuestions(JsonNode demo, Instant closesAt)
            throws IOException, InterruptedException {
        JsonNode consultation = demo.path("consultation");
        ObjectNode request = api.json().createObjectNode();
        for (String field :
                new String[] {"title", "summary", "plainLanguageSummary", "kind", "audience", "accountableTeam"}) {
            request.set(field, consultation.path(field));
        }
        request.put("closesAt", closesAt.toString());
        String id = api.call(STAFF, "POST", "/api/consultations", request)
                .path("id")
                .asText();
        ObjectNode draft = api.json().createObjectNode();
        draft.set("sections", demo.path("draftV1"));
        api.call(STAFF, "PUT", "/api/consultations/" + id + "/draft", draft);
        ObjectNode questions = api.json().createObjectNode();
        ArrayNode list = questions.putArray("questions");
        for (JsonNode question : demo.path("questions")) {
            list.add(question.deepCopy());
        }
        api.call(STAFF, "PUT", "/api/consultations/" + id + "/questions", questions);
        return id;
    }

    private JsonNode read(String file) throws IOException {
        return api.json().readTree(demoDir.resolve(file).toFile());
    }
}
