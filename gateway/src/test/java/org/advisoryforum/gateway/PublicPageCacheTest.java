package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.advisoryforum.gateway.EchoBackendResource.CachedOutcome;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The anonymous "You said, we did" page comes from the gateway's shared cache, honouring the service's own caching
 * (ETag, max-age), keyed by the page's language, with an ETag and 304 for browsers; a signed-in view is never stored.
 */
@QuarkusTest
class PublicPageCacheTest {

    private static String page(String id) {
        return "/consultations/" + id + "/you-said-we-did";
    }

    @Test
    void anAnonymousReadWithinTheServicesMaxAgeCostsTheServiceNothing() {
        String id = EchoBackendResource.cachedOutcome(1, "public, max-age=60");
        CachedOutcome service = EchoBackendResource.CACHED.get(id);
        for (int i = 0; i < 5; i++) {
            given().get(page(id))
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.HTML)
                    .body(containsString("Cached outcome v1"))
                    .body(containsString("Sign in"))
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("Vary", equalTo("Cookie"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
        assertThat(service.reads).hasValue(1);
    }

    @Test
    void theCacheIsKeyedByLanguage() {
        String id = EchoBackendResource.cachedOutcome(2, "public, max-age=60");
        given().get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("lang=\"en\""))
                .body(containsString("You said, we did"));
        given().cookie("af_lang", "cy")
                .get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("lang=\"cy\""))
                .body(containsString("Dywedoch chi, gwnaethom ni"))
                .body(not(containsString("You said, we did")));
        given().get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("lang=\"en\""))
                .body(not(containsString("Dywedoch chi")));
        given().cookie("af_lang", "cy").get(page(id)).then().statusCode(200).body(containsString("lang=\"cy\""));
        // one read of the service per language
        assertThat(EchoBackendResource.CACHED.get(id).reads).hasValue(2);
    }

    @Test
    void aSignedInViewIsNeverStoredNorServedToAnyoneElse() {
        String id = EchoBackendResource.cachedOutcome(3, "public, max-age=60");
        CachedOutcome service = EchoBackendResource.CACHED.get(id);
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("Sign out"))
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", org.hamcrest.Matchers.nullValue());
        // the anonymous visitor after her does not get her view: the page is read again and shown as nobody's
        given().get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("Sign in"))
                .body(not(containsString("Sign out")))
                .body(not(containsString("amara")));
        assertThat(service.reads).hasValue(2);
        // and with the anonymous page cached, she still gets her own
        given().auth()
                .oauth2(token)
                .get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("Sign out"))
                .header("Cache-Control", equalTo("private, no-store"));
        assertThat(service.reads).hasValue(3);
    }

    @Test
    void aBrowserThatHasThePageGets304OnIfNoneMatch() {
        String id = EchoBackendResource.cachedOutcome(4, "public, max-age=60");
        String etag = given().get(page(id))
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        // from the cache
        given().header("If-None-Match", etag)
                .get(page(id))
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        // through the page itself (a query string always goes there)
        given().header("If-None-Match", etag)
                .get(page(id) + "?lang=en")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        // another language is another page, with another ETag
        given().header("If-None-Match", etag)
                .cookie("af_lang", "cy")
                .get(page(id))
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
        given().header("If-None-Match", "\"something-else\"")
                .get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("Cached outcome v1"));
    }

    @Test
    void withNoCacheEveryReadIsARevalidationWithTheServicesETagAndAnUnchangedPageIsNotFetchedAgain() {
        String id = EchoBackendResource.cachedOutcome(5, "public, no-cache");
        CachedOutcome service = EchoBackendResource.CACHED.get(id);
        given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v1"));
        given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v1"));
        assertThat(service.reads).hasValue(2);
        assertThat(service.lastIfNoneMatch).hasValue("\"v1\"");
        assertThat(service.notModified).hasValue(1);
        // a change is seen on the next read
        service.version.set(2);
        given().get(page(id))
                .then()
                .statusCode(200)
                .body(containsString("Cached outcome v2"))
                .body(not(containsString("Cached outcome v1")));
    }

    @Test
    void aChangeShowsOnceTheServicesMaxAgeIsOver() {
        String id = EchoBackendResource.cachedOutcome(6, "public, max-age=1");
        CachedOutcome service = EchoBackendResource.CACHED.get(id);
        given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v1"));
        service.version.set(2);
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(
                        () -> given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v2")));
        assertThat(service.lastIfNoneMatch).hasValue("\"v1\"");
    }

    @Test
    void aPageTheServiceSaysNotToStoreIsReadEveryTime() {
        String id = EchoBackendResource.cachedOutcome(7, "no-store");
        CachedOutcome service = EchoBackendResource.CACHED.get(id);
        given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v1"));
        given().get(page(id)).then().statusCode(200).body(containsString("Cached outcome v1"));
        assertThat(service.reads).hasValue(2);
        assertThat(service.lastIfNoneMatch).hasNullValue();
    }
}
