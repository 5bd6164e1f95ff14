package org.advisoryforum.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.per-minute", "5");
        }
    }

    @Test
    void tooManyAnonymousApiCallsGet429WithRetryAfter() {
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = given().get("/api/consultations?status=open").then().extract().statusCode();
            if (status == 429) {
                refused++;
            } else {
                allowed++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(refused).isPositive();
        org.assertj.core.api.Assertions.assertThat(allowed).isLessThanOrEqualTo(5);
        given().get("/api/consultations").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue()).body("status", equalTo(429));
    }
}
