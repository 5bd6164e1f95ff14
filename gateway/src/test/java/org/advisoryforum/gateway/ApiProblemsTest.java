package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the gateway refuses itself on /api/** is problem+json, like the services' own answers. */
@QuarkusTest
class ApiProblemsTest {

    @Test
    void aForgedOrGarbageBearerTokenIsA401ProblemWithTheBearerChallenge() {
        for (String token :
                new String[] {"not-a-token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "x".repeat(2000)}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .post("/api/consultations")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("status", equalTo(401))
                    .body("code", equalTo("unauthorized"));
        }
    }

    @Test
    void anOverLongAddressIsA414Problem() {
        given().when()
                .get("/api/consultations?q=" + "x".repeat(20_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("code", equalTo("uri_too_long"));
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        given().header("X-Padding", "x".repeat(40_000))
                .when()
                .get("/api/consultations")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("code", equalTo("headers_too_large"));
    }

    @Test
    void aServiceThatAnswers503IsA503ProblemToComeBackInFiveSeconds() {
        given().when()
                .get("/api/tracking/unavailable")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503))
                .body("code", equalTo("service_unavailable"));
    }

    @Test
    void aServiceThatHangsUpIsA503ProblemToComeBackInFiveSeconds() {
        given().when()
                .get("/api/tracking/hang-up")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("code", equalTo("service_unavailable"));
    }

    @Test
    void anUnknownApiIsANotFoundProblemWithItsCode() {
        given().when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"));
    }
}
