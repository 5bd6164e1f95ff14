package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** The /api/** relay (ServiceProxy on the pooled Vert.x client): only the listed headers in and out, whole bodies. */
@QuarkusTest
class ApiRelayTest {

    @Test
    void onlyTheListedHeadersAndTheBearerTokenReachTheService() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "cy")
                .header("If-None-Match", "\"v1\"")
                .header("X-Custom", "inside-job")
                .header("X-Forwarded-For", "10.0.0.1")
                .cookie("q_session", "abc")
                .get("/api/tracking/impact")
                .then()
                .statusCode(200);
        EchoBackendResource.Seen seen = EchoBackendResource.LAST.get();
        assertThat(seen.authorization()).isEqualTo("Bearer " + token);
        assertThat(seen.headers())
                .containsEntry("Accept-Language", java.util.List.of("cy"))
                .containsEntry("If-None-Match", java.util.List.of("\"v1\""))
                .doesNotContainKeys("X-Custom", "X-Forwarded-For", "Cookie");
    }

    @Test
    void onlyTheListedHeadersOfTheServiceReachTheCaller() {
        given().get("/api/tracking/relay-headers")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("relayed", equalTo(true))
                .header("ETag", equalTo("\"relay\""))
                .header("Cache-Control", equalTo("public, max-age=1"))
                .header("X-Internal-Host", nullValue())
                .header("Server-Timing", nullValue())
                .header("Set-Cookie", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void largeBodiesAreRelayedWholeBothWays() {
        byte[] streamed = given().get("/api/tracking/large")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(streamed).hasSize(EchoBackendResource.LARGE_BODY_BYTES);
        for (int i = 0; i < streamed.length; i += 4099) {
            assertThat(streamed[i]).isEqualTo((byte) (i % 251));
        }
        String body = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/consultations/42"));
        assertThat(EchoBackendResource.LAST.get().body()).isEqualTo(body);
    }

    @Test
    void concurrentCallsAreEachAnsweredWithTheirOwnBody() {
        String token = Tokens.accessToken("sam");
        var calls = IntStream.range(0, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body("{\"n\":" + i + "}")
                        .post("/api/forum/things")))
                .toList();
        for (int i = 0; i < calls.size(); i++) {
            Response answer = calls.get(i).join();
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.jsonPath().getInt("n")).isEqualTo(i);
        }
    }

    @Test
    void aPublicAnswerWithAMaxAgeIsServedFromTheRelayCacheForThatLongWithATokenOrWithout() {
        String id = EchoBackendResource.cachedOutcome(11, "public, max-age=60");
        EchoBackendResource.CachedOutcome service = EchoBackendResource.CACHED.get(id);
        String path = "/api/tracking/consultations/" + id + "/you-said-we-did";
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Cached outcome v1"))
                .header("ETag", equalTo("\"v1\""));
        given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Cached outcome v1"))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("title", equalTo("Cached outcome v1"));
        given().accept(ContentType.JSON)
                .header("If-None-Match", "\"v1\"")
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo("\"v1\""));
        assertThat(service.reads).hasValue(1);
        // the token is still checked before the cache is looked at
        given().auth()
                .oauth2("not-a-token")
                .accept(ContentType.JSON)
                .get(path)
                .then()
                .statusCode(401);
    }

    @Test
    void anAnswerThatMustBeRevalidatedIsNeverServedFromTheRelayCache() {
        String id = EchoBackendResource.cachedOutcome(12, "public, no-cache");
        EchoBackendResource.CachedOutcome service = EchoBackendResource.CACHED.get(id);
        String path = "/api/tracking/consultations/" + id + "/you-said-we-did";
        given().accept(ContentType.JSON).get(path).then().statusCode(200);
        service.version.set(2);
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("title", equalTo("Cached outcome v2"));
        assertThat(service.reads).hasValue(2);
    }
}
