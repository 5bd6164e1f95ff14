package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.repository.ClaimRepository;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Anonymous, applicant, member A, member B, staff and admin against every endpoint. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationTest {

    record Call(String method, String path) {}

    @Inject
    ClaimRepository claims;

    TestUsers.Person memberA;
    TestUsers.Person memberB;
    String activityOfA;
    String claimOfA;
    String applicationId;

    /** Once for the class, but after Quarkus has pointed REST Assured at the application. */
    @BeforeEach
    void twoMembersAndTheirData() {
        if (memberA != null) {
            return;
        }
        memberA = Forum.newMember("member-a", 5);
        memberB = Forum.newMember("member-b", 5);
        activityOfA = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Forum meeting",
                        "durationMinutes",
                        120,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + memberA.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        claimOfA = given().auth()
                .oauth2(memberA.token())
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activityOfA, "type", "PAYMENT", "amount", "50.00"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        applicationId = Forum.apply(TestUsers.create("pending"), Forum.application("Pending applicant"));
    }

    List<Call> memberCalls() {
        return List.of(
                new Call("GET", "/api/forum/members/me"),
                new Call("PUT", "/api/forum/members/me"),
                new Call("GET", "/api/forum/members/me/consents"),
                new Call("PUT", "/api/forum/members/me/consents"),
                new Call("GET", "/api/forum/members/me/notifications"),
                new Call("GET", "/api/forum/members/me/invitations"),
                new Call("GET", "/api/forum/members/me/involvement"),
                new Call("GET", "/api/forum/members/me/claims"),
                new Call("POST", "/api/forum/members/me/claims"),
                new Call("POST", "/api/forum/members/me/leave"));
    }

    List<Call> staffCalls() {
        return List.of(
                new Call("GET", "/api/forum/applications"),
                new Call("GET", "/api/forum/applications/" + applicationId),
                new Call("POST", "/api/forum/applications/" + applicationId + "/decision"),
                new Call("GET", "/api/forum/members"),
                new Call("GET", "/api/forum/members/" + memberA.id()),
                new Call("PUT", "/api/forum/members/" + memberA.id()),
                new Call("DELETE", "/api/forum/members/" + memberA.id()),
                new Call("GET", "/api/forum/members/" + memberA.id() + "/involvement"),
                new Call("POST", "/api/forum/members/" + memberA.id() + "/activities"),
                new Call("GET", "/api/forum/claims"),
                new Call("GET", "/api/forum/claims.csv"),
                new Call("POST", "/api/forum/claims/" + claimOfA + "/decision"),
                new Call("GET", "/api/forum/invitation-rounds"),
                new Call("GET", "/api/forum/invitation-rounds/" + UUID.randomUUID()),
                new Call("GET", "/api/forum/dead-letters"),
                new Call("POST", "/api/forum/dead-letters/0/replay"));
    }

    List<Call> signedInCalls() {
        return List.of(
                new Call("POST", "/api/forum/applications"),
                new Call("GET", "/api/forum/applications/me"),
                new Call("DELETE", "/api/forum/members/me"));
    }

    static void expect(String token, List<Call> calls, int status) {
        for (Call call : calls) {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (!call.method().equals("GET") && !call.method().equals("DELETE")) {
                request.body("{}");
            }
            int actual = request.when()
                    .request(call.method(), call.path())
                    .then()
                    .extract()
                    .statusCode();
            assertThat(actual).as(call.method() + " " + call.path()).isEqualTo(status);
        }
    }

    @Test
    void anonymousCallersAreUnauthorisedEverywhere() {
        expect(null, memberCalls(), 401);
        expect(null, staffCalls(), 401);
        expect(null, signedInCalls(), 401);
    }

    @Test
    void anApplicantReachesNeitherMemberNorStaffEndpoints() {
        String applicant = TestUsers.create("applicant").token();
        expect(applicant, memberCalls(), 403);
        expect(applicant, staffCalls(), 403);
    }

    @Test
    void membersReachNoStaffEndpointsSoNeverAnotherMembersDataById() {
        expect(memberA.token(), staffCalls(), 403);
        expect(memberB.token(), staffCalls(), 403);
        expect(
                memberB.token(),
                List.of(
                        new Call("GET", "/api/forum/members/" + memberA.id()),
                        new Call("GET", "/api/forum/members/" + memberA.id() + "/involvement"),
                        new Call("PUT", "/api/forum/members/" + memberA.id())),
                403);
    }

    @Test
    void memberBSeesOnlyTheirOwnLedgerAndClaimsAndCannotClaimForAnActivityOfA() {
        String b = memberB.token();
        given().auth()
                .oauth2(b)
                .get("/api/forum/members/me/claims")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(claimOfA)));
        given().auth()
                .oauth2(b)
                .get("/api/forum/members/me/involvement")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(activityOfA)));
        given().auth()
                .oauth2(b)
                .get("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(memberB.id().toString()));
        long before = QuarkusTransaction.requiringNew().call(() -> claims.count());
        given().auth()
                .oauth2(b)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", activityOfA, "type", "PAYMENT", "amount", "50.00"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("activityId"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> claims.count())).isEqualTo(before);
        given().auth()
                .oauth2(memberA.token())
                .get("/api/forum/members/me/claims")
                .then()
                .statusCode(200)
                .body("id", hasItem(claimOfA))
                .body("memberId", everyItem(equalTo(memberA.id().toString())));
    }

    @Test
    void staffAndAdminReadEveryStaffEndpoint() {
        for (String user : List.of("sam", "ada")) {
            String token = Tokens.accessToken(user);
            for (Call call : staffCalls()) {
                if (call.method().equals("GET") && !call.path().contains("invitation-rounds/")) {
                    given().auth().oauth2(token).when().get(call.path()).then().statusCode(200);
                }
            }
            given().auth()
                    .oauth2(token)
                    .get("/api/forum/members/" + memberA.id())
                    .then()
                    .body("displayName", equalTo("Member " + memberA.username()));
        }
    }
}
