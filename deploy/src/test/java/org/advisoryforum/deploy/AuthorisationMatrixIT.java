package org.advisoryforum.deploy;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every operation of the three services' OpenAPI documents, called through the gateway by six identities (fresh
 * Keycloak accounts, made members and staff as the platform does it), against ONE declared table of who may succeed.
 * An unexpected 2xx, any 5xx, or an operation the table does not declare fails.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class AuthorisationMatrixIT {

    enum Who {
        ANONYMOUS,
        NON_MEMBER,
        MEMBER_A,
        MEMBER_B,
        STAFF,
        ADMIN
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> MEMBERS = EnumSet.of(Who.MEMBER_A, Who.MEMBER_B);
    private static final Set<Who> STAFF = EnumSet.of(Who.STAFF, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

    /** The one table: for each operation, the identities that may get a 2xx. Everyone else must get a 4xx. */
    static final Map<String, Set<Who>> MAY_SUCCEED = Map.ofEntries(
            // consultation-service
            entry("GET /api/consultations", EVERYONE),
            entry("POST /api/consultations", STAFF),
            entry("GET /api/consultations/{id}", EVERYONE),
            entry("PUT /api/consultations/{id}", STAFF),
            entry("POST /api/consultations/{id}/publish", STAFF),
            entry("POST /api/consultations/{id}/close", STAFF),
            entry("POST /api/consultations/{id}/publish-outcome", STAFF),
            entry("GET /api/consultations/{id}/draft", EVERYONE),
            entry("PUT /api/consultations/{id}/draft", STAFF),
            entry("POST /api/consultations/{id}/draft-versions", STAFF),
            entry("GET /api/consultations/{id}/draft-diff", EVERYONE),
            entry("PUT /api/consultations/{id}/questions", STAFF),
            entry("GET /api/consultations/{id}/key-points", STAFF),
            entry("POST /api/consultations/{id}/key-points", STAFF),
            entry("GET /api/consultations/{id}/questions/{questionKey}/theme-suggestions", STAFF),
            entry("POST /api/consultations/{id}/questions/{questionKey}/theme-suggestions", STAFF),
            entry("PUT /api/consultations/{id}/theme-suggestions/{suggestionId}", STAFF),
            entry("POST /api/consultations/{id}/theme-suggestions/{suggestionId}/accept", STAFF),
            entry("POST /api/consultations/{id}/theme-suggestions/{suggestionId}/merge", STAFF),
            entry("POST /api/consultations/{id}/theme-suggestions/{suggestionId}/reject", STAFF),
            entry("GET /api/consultations/member-snapshots/{memberId}", STAFF),
            entry("GET /api/consultations/{id}/responses/me", MEMBERS),
            entry("PUT /api/consultations/{id}/responses/me", MEMBERS),
            entry("DELETE /api/consultations/{id}/responses/me", MEMBERS),
            entry("POST /api/consultations/{id}/responses/me/submit", MEMBERS),
            entry("GET /api/consultations/responses/mine", MEMBERS),
            entry("GET /api/consultations/my-answers", MEMBERS),
            entry("GET /api/consultations/my-data", MEMBERS),
            entry("GET /api/consultations/{id}/responses", STAFF),
            entry("POST /api/consultations/{id}/responses/assisted", STAFF),
            entry("GET /api/consultations/dead-letters", STAFF),
            entry("POST /api/consultations/dead-letters/{id}/replay", STAFF),
            // forum-service
            entry("POST /api/forum/applications", SIGNED_IN),
            entry("GET /api/forum/applications/me", SIGNED_IN),
            entry("GET /api/forum/applications", STAFF),
            entry("GET /api/forum/applications/{id}", STAFF),
            entry("POST /api/forum/applications/{id}/decision", STAFF),
            entry("GET /api/forum/claims", STAFF),
            entry("GET /api/forum/claims.csv", STAFF),
            entry("POST /api/forum/claims/{id}/decision", STAFF),
            entry("GET /api/forum/dead-letters", STAFF),
            entry("POST /api/forum/dead-letters/{id}/replay", STAFF),
            entry("GET /api/forum/invitation-rounds", STAFF),
            entry("GET /api/forum/invitation-rounds/{consultationId}", STAFF),
            entry("GET /api/forum/meetings", STAFF),
            entry("POST /api/forum/meetings", STAFF),
            entry("GET /api/forum/meetings/{id}", STAFF),
            entry("POST /api/forum/meetings/{id}/invitations", STAFF),
            entry("POST /api/forum/meetings/{id}/attendance", STAFF),
            entry("GET /api/forum/meetings/{id}/minutes", STAFF),
            entry("POST /api/forum/meetings/{id}/minutes", STAFF),
            entry("GET /api/forum/members/me/meetings", MEMBERS),
            entry("GET /api/forum/members/me/meetings/{meetingId}", MEMBERS),
            entry("PUT /api/forum/members/me/meetings/{meetingId}/reply", MEMBERS),
            entry("GET /api/forum/members", STAFF),
            entry("GET /api/forum/members/{id}", STAFF),
            entry("PUT /api/forum/members/{id}", STAFF),
            entry("DELETE /api/forum/members/{id}", ADMIN),
            entry("GET /api/forum/members/{id}/involvement", STAFF),
            entry("POST /api/forum/members/{id}/activities", STAFF),
            entry("GET /api/forum/members/me", MEMBERS),
            entry("PUT /api/forum/members/me", MEMBERS),
            entry("GET /api/forum/members/me/consents", MEMBERS),
            entry("PUT /api/forum/members/me/consents", MEMBERS),
            entry("GET /api/forum/members/me/consents/history", MEMBERS),
            entry("GET /api/forum/members/me/notifications", MEMBERS),
            entry("GET /api/forum/members/me/invitations", MEMBERS),
            entry("GET /api/forum/members/me/involvement", MEMBERS),
            entry("GET /api/forum/members/me/involvement/{involvementId}/feedback", MEMBERS),
            entry("PUT /api/forum/members/me/involvement/{involvementId}/feedback", MEMBERS),
            entry("GET /api/forum/involvement-feedback", STAFF),
            entry("GET /api/forum/involvement-feedback/public", EVERYONE),
            entry("GET /api/forum/members/me/claims", MEMBERS),
            entry("GET /api/forum/members/me/data", MEMBERS),
            entry("POST /api/forum/members/me/claims", MEMBERS),
            entry("POST /api/forum/members/me/leave", MEMBERS),
            entry("DELETE /api/forum/members/me", SIGNED_IN),
            // feedback-tracking-service
            entry("POST /api/tracking/actions", STAFF),
            entry("GET /api/tracking/actions/{id}", STAFF),
            entry("POST /api/tracking/actions/{id}/status", STAFF),
            entry("GET /api/tracking/actions/{id}/trace", STAFF),
            entry("POST /api/tracking/actions/{id}/confirmations", MEMBERS),
            entry("GET /api/tracking/actions/{id}/difference", MEMBERS),
            entry("PUT /api/tracking/actions/{id}/difference", MEMBERS),
            entry("GET /api/tracking/reviews", STAFF),
            entry("GET /api/tracking/dead-letters", STAFF),
            entry("POST /api/tracking/dead-letters/{id}/replay", STAFF),
            entry("GET /api/tracking/inputs/{id}/trace", STAFF),
            entry("GET /api/tracking/consultations/{id}/key-points", STAFF),
            entry("GET /api/tracking/members/me/impact", MEMBERS),
            entry("GET /api/tracking/members/me/data", MEMBERS),
            entry("GET /api/tracking/impact", EVERYONE),
            entry("GET /api/tracking/meetings", EVERYONE),
            entry("GET /api/tracking/meetings/{id}", EVERYONE),
            entry("GET /api/tracking/export/outcomes.json", EVERYONE),
            entry("GET /api/tracking/export/outcomes.csv", EVERYONE),
            entry("GET /api/tracking/feed.atom", EVERYONE),
            entry("GET /api/tracking/consultations", EVERYONE),
            entry("GET /api/tracking/consultations/{id}", EVERYONE),
            entry("GET /api/tracking/consultations/{id}/you-said-we-did", EVERYONE),
            entry("PUT /api/tracking/consultations/{id}/outcome-due", STAFF),
            entry("GET /api/tracking/moderation", STAFF),
            entry("GET /api/tracking/moderation/{id}", STAFF),
            entry("POST /api/tracking/moderation/{id}/decision", STAFF),
            entry("POST /api/tracking/safeguarding/flags", STAFF),
            // only the role safeguarding, which none of the six identities holds
            entry("GET /api/tracking/safeguarding/flags", NOBODY),
            entry("GET /api/tracking/safeguarding/audit", ADMIN));

    /** Run last, in this order: they end the caller's membership or account. */
    private static final List<String> LAST =
            List.of("POST /api/forum/members/me/leave", "DELETE /api/forum/members/me");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }
    }

    private LocalStack stack;
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final Map<Who, Long> tokenTimes = new EnumMap<>(Who.class);
    private String consultationId;
    private UUID memberA;
    private String applicationA;

    @Test
    void everyOperationSucceedsOnlyForTheIdentitiesDeclaredForIt() throws Exception {
        stack = TestStack.get();
        consultationId = TestStack.openDemoConsultationId();
        List<Operation> operations = documentedOperations();

        Set<String> documented = new TreeSet<>();
        operations.forEach(op -> documented.add(op.key()));
        assertThat(new TreeSet<>(documented))
                .as("operations in the OpenAPI documents with no declared expectation")
                .isSubsetOf(MAY_SUCCEED.keySet());
        assertThat(new TreeSet<>(MAY_SUCCEED.keySet()))
                .as("declared operations no OpenAPI document has any more")
                .isSubsetOf(documented);

        createIdentities();
        operations.sort(Comparator.comparingInt((Operation op) -> LAST.indexOf(op.key())));

        List<String> violations = new ArrayList<>();
        Map<String, Set<Who>> succeeded = new java.util.HashMap<>();
        for (Operation operation : operations) {
            for (Who who : Who.values()) {
                Response response = call(who, operation);
                int status = response.statusCode();
                String line = operation.key() + " as " + who + " -> " + status;
                if (status >= 500) {
                    violations.add(line + " (a 5xx) " + abbreviate(response.asString()));
                } else if (status >= 200 && status < 300) {
                    succeeded
                            .computeIfAbsent(operation.key(), k -> EnumSet.noneOf(Who.class))
                            .add(who);
                    if (!MAY_SUCCEED.get(operation.key()).contains(who)) {
                        violations.add(line + " (not declared to succeed)");
                    }
                } else if (status < 400) {
                    violations.add(line + " (neither success nor refusal)");
                }
            }
        }
        assertThat(violations).as("unexpected answers").isEmpty();
        // the identities really are who the table says: each got through where only its kind may
        assertThat(succeeded.get("GET /api/forum/members/me")).containsExactlyInAnyOrderElementsOf(MEMBERS);
        assertThat(succeeded.get("GET /api/forum/applications")).containsExactlyInAnyOrderElementsOf(STAFF);
        assertThat(succeeded.get("GET /api/forum/applications/me")).contains(Who.NON_MEMBER, Who.MEMBER_A);
        assertThat(succeeded.get("GET /api/forum/members/{id}")).containsExactlyInAnyOrderElementsOf(STAFF);
        assertThat(succeeded.get("GET /api/consultations")).containsExactlyInAnyOrderElementsOf(EVERYONE);
    }

    private List<Operation> documentedOperations() throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (String service : List.of("consultation-service", "forum-service", "feedback-tracking-service")) {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.managementUrl(service) + "/q/openapi?format=json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(service + " OpenAPI").isEqualTo(200);
            Iterator<Map.Entry<String, JsonNode>> paths =
                    JSON.readTree(answer.body()).path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.add(new Operation(method.toUpperCase(), path.getKey()));
                    }
                });
            }
        }
        return operations;
    }

    /** Fresh accounts: members join as every member does (apply, staff approve); staff and admin get their roles. */
    private void createIdentities() throws Exception {
        String keycloak = stack.keycloakUrl();
        KeycloakTestUsers.Person staff = KeycloakTestUsers.create(keycloak, "matrix-staff");
        KeycloakTestUsers.grantRealmRole(keycloak, staff, "staff");
        KeycloakTestUsers.Person admin = KeycloakTestUsers.create(keycloak, "matrix-admin");
        KeycloakTestUsers.grantRealmRole(keycloak, admin, "admin");
        KeycloakTestUsers.grantRealmRole(keycloak, admin, "staff");
        usernames.put(Who.STAFF, staff.username());
        usernames.put(Who.ADMIN, admin.username());
        usernames.put(
                Who.NON_MEMBER,
                KeycloakTestUsers.create(keycloak, "matrix-applicant").username());
        KeycloakTestUsers.Person a = KeycloakTestUsers.create(keycloak, "matrix-a");
        KeycloakTestUsers.Person b = KeycloakTestUsers.create(keycloak, "matrix-b");
        usernames.put(Who.MEMBER_A, a.username());
        usernames.put(Who.MEMBER_B, b.username());
        memberA = a.id();

        apply(Who.NON_MEMBER); // applied, not approved: signed in, not a member
        applicationA = apply(Who.MEMBER_A);
        approve(applicationA);
        approve(apply(Who.MEMBER_B));
        tokens.remove(Who.MEMBER_A); // the member role is in the next token
        tokens.remove(Who.MEMBER_B);
    }

    private String apply(Who who) {
        gateway(who)
                .contentType("application/json")
                .body(Map.of(
                        "displayName",
                        "Matrix " + who,
                        "why",
                        "To be heard.",
                        "perspectives",
                        List.of("CARER"),
                        "region",
                        "NORTH_WEST",
                        "accessibilityNeeds",
                        List.of(),
                        "contactByEmail",
                        false))
                .post("/api/forum/applications")
                .then()
                .statusCode(201);
        return gateway(who)
                .get("/api/forum/applications/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private void approve(String application) {
        gateway(Who.STAFF)
                .contentType("application/json")
                .body(Map.of("decision", "APPROVE"))
                .post("/api/forum/applications/" + application + "/decision")
                .then()
                .statusCode(200);
    }

    private Response call(Who who, Operation operation) {
        boolean read = "GET".equals(operation.method());
        String path = operation.path();
        // reads name real things, so a 2xx can happen; writes name nothing that exists, so no demo data changes
        String any = UUID.randomUUID().toString();
        String id = !read
                ? any
                : path.startsWith("/api/consultations/") || path.startsWith("/api/tracking/consultations/")
                        ? consultationId
                        : path.startsWith("/api/forum/members/")
                                ? memberA.toString()
                                : path.startsWith("/api/forum/applications/") ? applicationA : any;
        String concrete = path.replace("{id}", id)
                .replace("{memberId}", read ? memberA.toString() : any)
                .replace("{consultationId}", read ? consultationId : any)
                .replace("{questionKey}", "p2")
                .replace("{suggestionId}", any)
                .replace("{meetingId}", any)
                .replace("{involvementId}", any);
        RequestSpecification request = gateway(who).redirects().follow(false);
        if (Set.of("POST", "PUT", "PATCH").contains(operation.method())) {
            request.contentType("application/json").body("{}");
        }
        return request.request(operation.method(), concrete);
    }

    private RequestSpecification gateway(Who who) {
        RequestSpecification request = RestAssured.given().baseUri(stack.gatewayUrl());
        return who == Who.ANONYMOUS ? request : request.auth().oauth2(token(who));
    }

    /** A token per identity, renewed well before Keycloak's five-minute lifetime ends. */
    private String token(Who who) {
        Long issued = tokenTimes.get(who);
        if (!tokens.containsKey(who) || issued == null || System.nanoTime() - issued > TimeUnit.MINUTES.toNanos(2)) {
            tokens.put(who, Tokens.accessToken(stack.keycloakUrl(), usernames.get(who)));
            tokenTimes.put(who, System.nanoTime());
        }
        return tokens.get(who);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
