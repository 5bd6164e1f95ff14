package org.advisoryforum.forum;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.infra.KeycloakTokens;
import org.advisoryforum.platform.test.Tokens;

/** The API steps most tests need: apply, approve, become a member with a profile. */
public final class Forum {

    private Forum() {}

    public static Map<String, Object> application(String displayName) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("why", "I want my experience to shape how social workers are trained.");
        body.put("perspectives", List.of("LIVED_EXPERIENCE", "CARER"));
        body.put("region", "NORTH_WEST");
        body.put("accessibilityNeeds", List.of("EASY_READ"));
        body.put("contactByEmail", true);
        return body;
    }

    public static Map<String, Object> profile(String displayName, Integer maxInvitationsPerMonth) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("digest", "WEEKLY");
        contact.put("maxInvitationsPerMonth", maxInvitationsPerMonth);
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("perspectives", List.of("CARER"));
        body.put("region", "LONDON");
        body.put("accessibilityNeeds", List.of("LARGE_PRINT"));
        body.put("contact", contact);
        return body;
    }

    public static String apply(TestUsers.Person person, Map<String, Object> application) {
        return given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(application)
                .when()
                .post("/api/forum/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void decide(String applicationId, Map<String, Object> decision) {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(decision)
                .when()
                .post("/api/forum/applications/" + applicationId + "/decision")
                .then()
                .statusCode(200);
    }

    /** A new person who applied and was approved; their tokens from now on carry the member role. */
    public static TestUsers.Person newMember(String prefix) {
        TestUsers.Person person = TestUsers.create(prefix);
        decide(apply(person, application("Member " + person.username())), Map.of("decision", "APPROVE"));
        awaitRole(person, true);
        return person;
    }

    /**
     * The realm roles Keycloak maps to the person, read with the local admin's token through the Admin API: polling
     * with the person's own sign-ins would trip the realm's brute-force "quick login" lock-out.
     */
    public static List<String> realmRoles(TestUsers.Person person) {
        return realmRoles(person, KeycloakTokens.localAdmin(TestUsers.keycloakUrl()));
    }

    /** Keycloak gets the role after the decision's commit (MemberRoleSync): it is there, or gone, soon after. */
    public static void awaitRole(TestUsers.Person person, boolean member) {
        String admin = KeycloakTokens.localAdmin(TestUsers.keycloakUrl());
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> realmRoles(person, admin).contains("member") == member);
    }

    private static List<String> realmRoles(TestUsers.Person person, String adminToken) {
        return given().auth()
                .oauth2(adminToken)
                .get(TestUsers.keycloakUrl() + "/admin/realms/" + Tokens.REALM + "/users/" + person.id()
                        + "/role-mappings/realm")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class);
    }

    /** A new member whose profile sets an invitation limit. */
    public static TestUsers.Person newMember(String prefix, Integer maxInvitationsPerMonth) {
        TestUsers.Person person = newMember(prefix);
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(profile("Member " + person.username(), maxInvitationsPerMonth))
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);
        return person;
    }
}
