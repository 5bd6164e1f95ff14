package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorisationTest {

    private static final String ACTION = "/api/tracking/actions/" + UUID.randomUUID();
    private static final String CONSULTATION = "/api/tracking/consultations/" + UUID.randomUUID();

    record Call(String method, String path) {
        int status(RequestSpecification request) {
            request.contentType("application/json").body("{}");
            return switch (method) {
                case "GET" -> request.get(path).statusCode();
                case "PUT" -> request.put(path).statusCode();
                default -> request.post(path).statusCode();
            };
        }
    }

    private static final Call[] STAFF = {
        new Call("POST", "/api/tracking/actions"),
        new Call("GET", ACTION),
        new Call("POST", ACTION + "/status"),
        new Call("GET", ACTION + "/trace"),
        new Call("GET", CONSULTATION + "/key-points"),
        new Call("GET", "/api/tracking/inputs/" + UUID.randomUUID() + "/trace"),
        new Call("GET", "/api/tracking/dead-letters"),
        new Call("POST", "/api/tracking/dead-letters/0/replay"),
        new Call("GET", "/api/tracking/moderation"),
        new Call("GET", "/api/tracking/moderation/" + UUID.randomUUID()),
        new Call("POST", "/api/tracking/moderation/" + UUID.randomUUID() + "/decision"),
        new Call("POST", "/api/tracking/safeguarding/flags"),
        new Call("PUT", CONSULTATION + "/outcome-due"),
        new Call("GET", "/api/tracking/reviews")
    };
    private static final Call[] MEMBER = {
        new Call("GET", "/api/tracking/members/me/impact"), new Call("POST", ACTION + "/confirmations"),
        new Call("GET", ACTION + "/difference"), new Call("PUT", ACTION + "/difference")
    };
    private static final Call[] PUBLIC = {
        new Call("GET", "/api/tracking/impact"), new Call("GET", "/api/tracking/feed.atom"),
        new Call("GET", "/api/tracking/export/outcomes.json"), new Call("GET", "/api/tracking/export/outcomes.csv"),
        new Call("GET", "/api/tracking/consultations")
    };

    @Test
    void staffEndpointsRefuseTheAnonymousAndMembers() {
        String member = Tokens.accessToken("amara");
        for (Call call : STAFF) {
            assertThat(call.status(given())).as("anonymous " + call).isEqualTo(401);
            assertThat(call.status(given().auth().oauth2(member)))
                    .as("member " + call)
                    .isEqualTo(403);
        }
    }

    @Test
    void staffEndpointsLetStaffIn() {
        String staff = Tokens.accessToken("sam");
        for (Call call : STAFF) {
            assertThat(call.status(given().auth().oauth2(staff)))
                    .as("staff " + call)
                    .isNotIn(401, 403);
        }
    }

    @Test
    void memberEndpointsRefuseTheAnonymousAndStaffAndSomeoneNotYetAMember() {
        String staff = Tokens.accessToken("sam");
        String applicant = Tokens.accessToken("lena");
        for (Call call : MEMBER) {
            assertThat(call.status(given())).as("anonymous " + call).isEqualTo(401);
            assertThat(call.status(given().auth().oauth2(staff)))
                    .as("staff " + call)
                    .isEqualTo(403);
            assertThat(call.status(given().auth().oauth2(applicant)))
                    .as("applicant " + call)
                    .isEqualTo(403);
            assertThat(call.status(given().auth().oauth2(Tokens.accessToken("amara"))))
                    .as("member " + call)
                    .isNotIn(401, 403);
        }
    }

    @Test
    void publicEndpointsNeedNoLogin() {
        for (Call call : PUBLIC) {
            assertThat(call.status(given())).as("anonymous " + call).isEqualTo(200);
        }
        given().get(CONSULTATION + "/you-said-we-did").then().statusCode(404).contentType("application/problem+json");
    }
}
