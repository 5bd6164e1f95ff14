package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A low limit, behind a trusted proxy on loopback: each test is its own client by X-Forwarded-For, which Quarkus
 * honours only because this profile lists loopback as a trusted proxy.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimitBehindAProxy.class)
class RateLimitTest {

    public static class LowLimitBehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.per-minute",
                    "5",
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.trusted-proxies",
                    "127.0.0.1,localhost");
        }
    }

    private static int refusedOf(int attempts, Supplier<RequestSpecification> request, String path) {
        int refused = 0;
        for (int i = 0; i < attempts; i++) {
            if (request.get().get(path).then().extract().statusCode() == 429) {
                refused++;
            }
        }
        return refused;
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    // The limit is 5 a minute: 12 requests span at most two windows, so at least 2 are refused whenever they run.

    @Test
    void tooManyAnonymousApiCallsGet429WithRetryAfter() {
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 12 && refused == null; i++) {
            io.restassured.response.Response answer = from("198.51.100.1").get("/api/consultations?status=open");
            refused = answer.statusCode() == 429 ? answer : null;
        }
        assertThat(refused).as("a 429 within 12 requests").isNotNull();
        refused.then()
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("code", equalTo("rate_limited"));
    }

    @Test
    void anAuthorizationHeaderThatIsNoVerifiedTokenEarnsNoBudgetOfItsOwn() {
        assertThat(refusedOf(6, () -> from("198.51.100.2").header("Authorization", "Basic eDp4"), "/api/consultations")
                        + refusedOf(6, () -> from("198.51.100.2").header("Authorization", ""), "/api/consultations"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void guessingTokensIsLimitedToo() {
        assertThat(refusedOf(12, () -> from("198.51.100.9").auth().oauth2("not-a-token"), "/api/consultations"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void publicPagesAndSigningInAreLimitedToo() {
        assertThat(refusedOf(6, () -> from("198.51.100.3"), "/")
                        + refusedOf(6, () -> from("198.51.100.3").redirects().follow(false), "/login"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSignedInClientIsCountedByIdentityWhereverItCallsFrom() {
        String token = Tokens.accessToken("sam");
        assertThat(refusedOf(12, () -> from("198.51.100.4"), "/api/consultations"))
                .isGreaterThanOrEqualTo(2);
        // the address is spent, but sam's own budget is not
        from("198.51.100.4")
                .auth()
                .oauth2(token)
                .get("/api/consultations")
                .then()
                .statusCode(200);
        // and sam's budget follows sam from address to address
        assertThat(refusedOf(6, () -> from("198.51.100.5").auth().oauth2(token), "/api/consultations")
                        + refusedOf(6, () -> from("198.51.100.6").auth().oauth2(token), "/api/consultations"))
                .isGreaterThanOrEqualTo(1);
        from("198.51.100.5").get("/api/consultations").then().statusCode(200);
    }

    @Test
    void forwardedProtoFromATrustedProxySwitchesOnHsts() {
        from("198.51.100.8")
                .header("X-Forwarded-Proto", "https")
                .get("/")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void stylesheetsAreNotCounted() {
        assertThat(refusedOf(8, () -> from("198.51.100.7"), "/css/forum.css")).isZero();
    }
}
