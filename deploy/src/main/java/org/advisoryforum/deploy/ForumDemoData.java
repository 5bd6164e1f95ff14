package org.advisoryforum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The forum's demo content from deploy/demo/personas.json, through the gateway as each persona would do it: the
 * five members record their profile, contact limit and consent (their first profile edit creates the profile),
 * lena applies to join, staff record an induction meeting in each member's ledger and david claims his train fare.
 * Only what is missing is added, so loading twice adds nothing.
 */
final class ForumDemoData {

    private static final String STAFF = "sam";

    private final Path demoDir;
    private final DemoApi api;

    ForumDemoData(DemoApi api, Path demoDir) {
        this.demoDir = demoDir;
        this.api = api;
    }

    void load() throws IOException, InterruptedException {
        JsonNode personas = api.json().readTree(demoDir.resolve("personas.json").toFile());
        for (JsonNode member : personas.path("members")) {
            loadMember(member);
        }
        for (JsonNode applicant : personas.path("applicants")) {
            loadApplicant(applicant);
        }
    }

    private void loadMember(JsonNode persona) throws IOException, InterruptedException {
        String user = persona.path("username").asText();
        if (api.status(user, "GET", "/api/forum/members/me") == 404) {
            ObjectNode profile = api.json().createObjectNode();
            profile.put("displayName", persona.path("displayName").asText());
            profile.set("perspectives", persona.path("perspectives"));
            profile.put("region", persona.path("region").asText());
            profile.set("accessibilityNeeds", persona.path("accessibilityNeeds"));
            profile.putObject("contact")
                    .put("digest", "WEEKLY")
                    .put(
                            "maxInvitationsPerMonth",
                            persona.path("contact")
                                    .path("maxInvitationsPerMonth")
                                    .asInt());
            api.call(user, "PUT", "/api/forum/members/me", profile);
            api.call(user, "PUT", "/api/forum/members/me/consents", persona.path("consent"));
        }
        String ledger = "/api/forum/members/" + api.memberId(user) + "/involvement";
        if (api.call(STAFF, "GET", ledger, null).isEmpty()) {
            ObjectNode meeting = api.json()
                    .createObjectNode()
                    .put("kind", "MEETING")
                    .put("description", "Forum induction meeting")
                    .put("durationMinutes", 120)
                    .put("occurredAt", Instant.now().minus(Duration.ofDays(14)).toString());
            String activityId = api.call(
                            STAFF, "POST", "/api/forum/members/" + api.memberId(user) + "/activities", meeting)
                    .path("id")
                    .asText();
            if ("david".equals(user)) {
                ObjectNode claim = api.json()
                        .createObjectNode()
                        .put("activityId", activityId)
                        .put("type", "EXPENSES")
                        .put("amount", "18.60")
                        .put("description", "Return train fare to the induction meeting");
                api.call(user, "POST", "/api/forum/members/me/claims", claim);
            }
        }
    }

    private void loadApplicant(JsonNode persona) throws IOException, InterruptedException {
        String user = persona.path("username").asText();
        if (api.status(user, "GET", "/api/forum/applications/me") != 404) {
            return;
        }
        ObjectNode application = api.json().createObjectNode();
        application.put("displayName", persona.path("displayName").asText());
        application.put("why", persona.path("why").asText());
        application.set("perspectives", persona.path("perspectives"));
        application.put("region", persona.path("region").asText());
        application.putArray("accessibilityNeeds");
        application.put("contactByEmail", true);
        api.call(user, "POST", "/api/forum/applications", application);
    }
}
