package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** Missing, over-long, unknown, negative, fractional-penny and malformed input: 400 problem+json, nothing stored. */
@QuarkusTest
class BadInputTest {

    private static final List<String> TABLES =
            List.of("application", "member", "consent_record", "involvement", "payment_claim", "outbox_event");

    @Inject
    EntityManager entityManager;

    Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        ((Number) entityManager
                                        .createNativeQuery("select count(*) from " + table)
                                        .getSingleResult())
                                .longValue());
            }
            return counts;
        });
    }

    static void refused(String token, String method, String path, Object body, String field) {
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .request(method, path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        if (field != null) {
            response.body("errors.field", hasItem(startsWith(field)));
        }
    }

    @Test
    void badApplicationsAreRefusedNamingTheFieldAndNothingIsStored() {
        String applicant = TestUsers.create("bad-applicant").token();
        Map<String, Long> before = rowCounts();
        Map<String, Object> missing = Forum.application("Missing why");
        missing.remove("why");
        refused(applicant, "POST", "/api/forum/applications", missing, "why");
        Map<String, Object> tooLong = Forum.application("x".repeat(101));
        refused(applicant, "POST", "/api/forum/applications", tooLong, "displayName");
        Map<String, Object> longWhy = Forum.application("Long why");
        longWhy.put("why", "y".repeat(2001));
        refused(applicant, "POST", "/api/forum/applications", longWhy, "why");
        Map<String, Object> unknownRegion = Forum.application("Unknown region");
        unknownRegion.put("region", "ATLANTIS");
        refused(applicant, "POST", "/api/forum/applications", unknownRegion, "region");
        Map<String, Object> unknownPerspective = Forum.application("Unknown perspective");
        unknownPerspective.put("perspectives", List.of("ASTRONAUT"));
        refused(applicant, "POST", "/api/forum/applications", unknownPerspective, "perspectives");
        Map<String, Object> noPerspectives = Forum.application("No perspectives");
        noPerspectives.put("perspectives", List.of());
        refused(applicant, "POST", "/api/forum/applications", noPerspectives, "perspectives");
        refused(applicant, "POST", "/api/forum/applications", "{\"displayName\": ", null);
        given().auth()
                .oauth2(applicant)
                .contentType(ContentType.JSON)
                .body("{\"displayName\": ")
                .when()
                .post("/api/forum/applications")
                .then()
                .body("title", equalTo("Malformed JSON"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void badProfilesConsentsAndClaimsAreRefusedAndNothingChanges() {
        TestUsers.Person member = Forum.newMember("bad-member", 3);
        String token = member.token();
        String activity = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Induction",
                        "durationMinutes",
                        60,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Long> before = rowCounts();

        Map<String, Object> accessibility = Forum.profile("Name", 3);
        accessibility.put("accessibilityNeeds", List.of("BRAILLE_DISPLAY"));
        refused(token, "PUT", "/api/forum/members/me", accessibility, "accessibilityNeeds");
        Map<String, Object> negativeLimit = Forum.profile("Name", -1);
        refused(token, "PUT", "/api/forum/members/me", negativeLimit, "contact.maxInvitationsPerMonth");
        Map<String, Object> noContact = Forum.profile("Name", 3);
        noContact.remove("contact");
        refused(token, "PUT", "/api/forum/members/me", noContact, "contact");
        refused(
                token,
                "PUT",
                "/api/forum/members/me/consents",
                Map.of("quote", "SOMETIMES", "contactByEmail", true, "useInStatistics", true),
                "quote");
        refused(token, "PUT", "/api/forum/members/me/consents", Map.of("quote", "NAMED"), "contactByEmail");

        for (Object amount : List.of(-5, "-0.01", 0, 12.505, "3.141", "ten pounds")) {
            refused(
                    token,
                    "POST",
                    "/api/forum/members/me/claims",
                    Map.of("activityId", activity, "type", "EXPENSES", "amount", amount),
                    "amount");
        }
        refused(
                token,
                "POST",
                "/api/forum/members/me/claims",
                Map.of("activityId", activity, "type", "TIP", "amount", "5.00"),
                "type");
        refused(token, "POST", "/api/forum/members/me/claims", "{\"amount\": 5.00,", null);
        refused(
                Tokens.accessToken("sam"),
                "POST",
                "/api/forum/members/" + member.id() + "/activities",
                Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "d".repeat(201),
                        "durationMinutes",
                        30,
                        "occurredAt",
                        Instant.now().toString()),
                "description");
        refused(
                Tokens.accessToken("sam"),
                "POST",
                "/api/forum/members/" + member.id() + "/activities",
                Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Fractional",
                        "durationMinutes",
                        -30,
                        "occurredAt",
                        Instant.now().toString()),
                "durationMinutes");

        assertThat(rowCounts()).isEqualTo(before);
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me")
                .then()
                .body("displayName", equalTo("Member " + member.username()))
                .body("contact.maxInvitationsPerMonth", equalTo(3));
    }

    @Test
    void anUnknownStatusFilterIsRefusedNamingIt() {
        String staff = Tokens.accessToken("sam");
        for (String path : List.of(
                "/api/forum/applications?status=MAYBE",
                "/api/forum/claims?status=MAYBE",
                "/api/forum/claims.csv?status=MAYBE")) {
            given().auth()
                    .oauth2(staff)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("status"));
        }
    }

    @Test
    void aClaimInPoundsAndPenceIsStoredExactly() {
        TestUsers.Person member = Forum.newMember("exact-member");
        String activity = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Reading pack",
                        "durationMinutes",
                        90,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String created = given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body("{\"activityId\":\"" + activity + "\",\"type\":\"EXPENSES\",\"amount\":19.99}")
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        assertThat(created).contains("\"amount\":19.99");
        Number pence = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select amount_pence from payment_claim where member_id = ?1")
                .setParameter(1, member.id())
                .getSingleResult());
        assertThat(pence.longValue()).isEqualTo(1999L);
    }
}
