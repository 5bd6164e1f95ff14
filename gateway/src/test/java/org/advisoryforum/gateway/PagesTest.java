package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    @Test
    void aConsultationPageShowsThePlainLanguageSummaryAndTheDraft() {
        given().get("/consultations/6f1c1c1e-0000-4000-8000-000000000001")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("We want to pay you for your time when you help us."))
                .body(containsString("We pay £25 for up to two hours."))
                .body(containsString("Sign in as a forum member to answer."));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
        // a client's own X-Forwarded-Proto is no proof of TLS (only a trusted proxy's is: RateLimitTest's profile)
        given().header("X-Forwarded-Proto", "https")
                .get("/")
                .then()
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundPageWithoutInternals() {
        given().get("/consultations/not-an-id")
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Page not found"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        given().get("/consultations/6f1c1c1e-0000-4000-8000-000000000009")
                .then()
                .statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void welshIsChosenWithALinkAndRemembered() {
        String cookie = given().get("/?lang=cy")
                .then()
                .statusCode(200)
                .body(containsString("Dweud eich dweud"))
                .body(containsString("lang=\"cy\""))
                .extract()
                .cookie("af_lang");
        given().cookie("af_lang", cookie).get("/consultations").then().body(containsString("Ymgynghoriadau agored"));
        given().cookie("af_lang", cookie).get("/?lang=en").then().body(containsString("Have your say"));
    }
}
