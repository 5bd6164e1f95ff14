package org.advisoryforum.forum.mydata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** The consent history with when and how, and "download my data": only ever the caller's own. */
@QuarkusTest
class MyDataTest {

    @Inject
    EntityManager entityManager;

    private static void changeConsent(TestUsers.Person person, String quote, String via) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("quote", quote, "contactByEmail", false, "useInStatistics", true));
        if (via != null) {
            body.put("via", via);
        }
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
    }

    @Test
    void everyConsentChangeIsKeptNewestFirstWithWhenAndHow() {
        TestUsers.Person person = Forum.newMember("history");
        changeConsent(person, "ANONYMOUS", "ACCOUNT_PAGE");
        changeConsent(person, "NAMED", null);

        given().auth()
                .oauth2(person.token())
                .get("/api/forum/members/me/consents/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(3))
                .body("version", contains(3, 2, 1))
                .body("quote", contains("NAMED", "ANONYMOUS", "NONE"))
                .body("channel", contains("API", "ACCOUNT_PAGE", "JOINING"))
                .body("[2].contactByEmail", equalTo(true));
        List<String> changedAt = given().auth()
                .oauth2(person.token())
                .get("/api/forum/members/me/consents/history")
                .then()
                .extract()
                .path("changedAt");
        assertThat(changedAt).allSatisfy(at -> assertThat(Instant.parse(at)).isBeforeOrEqualTo(Instant.now()));
    }

    @Test
    void theDatabaseRefusesToRewriteAKeptConsentVersion() {
        TestUsers.Person person = Forum.newMember("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("update consent_record set quote = 'NAMED' where member_id = ?1")
                                .setParameter(1, person.id())
                                .executeUpdate()))
                .isInstanceOf(PersistenceException.class);
        given().auth()
                .oauth2(person.token())
                .get("/api/forum/members/me/consents/history")
                .then()
                .statusCode(200)
                .body("quote", contains("NONE"));
    }

    @Test
    void aChannelAMemberCannotUseIsRefusedNamingTheField() {
        TestUsers.Person person = Forum.newMember("channel");
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true, "via", "JOINING"))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(person.token())
                .get("/api/forum/members/me/consents/history")
                .then()
                .body("$", hasSize(1));
    }

    @Test
    void aMemberDownloadsEverythingTheForumHoldsAboutThemAndNothingAboutAnotherMember() {
        TestUsers.Person mine = Forum.newMember("data-a", 4);
        TestUsers.Person other = Forum.newMember("data-b", 4);
        changeConsent(mine, "ANONYMOUS", "ACCOUNT_PAGE");
        changeConsent(other, "NAMED", "ACCOUNT_PAGE");
        String activity = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Reading group on the draft",
                        "durationMinutes",
                        90,
                        "occurredAt",
                        Instant.now().minusSeconds(3600).toString()))
                .when()
                .post("/api/forum/members/" + mine.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(mine.token())
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activity, "type", "EXPENSES", "amount", "12.40", "description", "Bus fare"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201);

        var data = given().auth()
                .oauth2(mine.token())
                .get("/api/forum/members/me/data")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("profile.memberId", equalTo(mine.id().toString()))
                .body("profile.displayName", equalTo("Member " + mine.username()))
                .body("profile.accessibilityNeeds", contains("LARGE_PRINT"))
                .body("currentConsent.quote", equalTo("ANONYMOUS"))
                .body("consentHistory.channel", contains("ACCOUNT_PAGE", "JOINING"))
                .body("applications", hasSize(1))
                .body("applications[0].applicantId", equalTo(mine.id().toString()))
                .body("applications[0].why", equalTo(Forum.application("x").get("why")))
                .body("involvement.description", contains("Reading group on the draft"))
                .body("claims.description", contains("Bus fare"))
                .body("claims[0].memberId", equalTo(mine.id().toString()))
                .extract()
                .asString();
        assertThat(data).doesNotContain(other.id().toString()).doesNotContain(other.username());
    }

    @Test
    void myDataAndConsentHistoryAreForMembersOnly() {
        given().get("/api/forum/members/me/data").then().statusCode(401);
        given().get("/api/forum/members/me/consents/history").then().statusCode(401);
        TestUsers.Person applicant = TestUsers.create("data-applicant");
        given().auth()
                .oauth2(applicant.token())
                .get("/api/forum/members/me/data")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(applicant.token())
                .get("/api/forum/members/me/consents/history")
                .then()
                .statusCode(403);
    }
}
