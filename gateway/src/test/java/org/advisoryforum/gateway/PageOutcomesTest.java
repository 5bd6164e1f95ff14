package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * How a service's answer becomes a page (ErrorPages and the typed clients): a service away is the 503 page with
 * Retry-After, never "not allowed" or "not found"; a refused form shows words chosen by the problem's code.
 */
@QuarkusTest
class PageOutcomesTest {

    private static final String CONSULTATION = "6f1c1c1e-0000-4000-8000-000000000001";

    @Test
    void aServiceAnswering503IsTheServiceUnavailablePageWithRetryAfter() {
        given().get("/consultations/" + EchoBackendResource.UNAVAILABLE + "/you-said-we-did")
                .then()
                .statusCode(503)
                .contentType(ContentType.HTML)
                .header("Retry-After", equalTo("5"))
                .body(containsString("Sorry, the service is unavailable"))
                .body(not(containsString("You cannot see this page")))
                .body(not(containsString("Page not found")));
    }

    @Test
    void aServiceThatHangsUpIsTheServiceUnavailablePageInWelshToo() {
        given().cookie("af_lang", "cy")
                .get("/consultations/" + EchoBackendResource.HANGS_UP)
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body(containsString("gwasanaeth ar gael"))
                .body(containsString("lang=\"cy\""));
    }

    @Test
    void aRefusedAnswerShowsTheWordsForItsCodeNotTheServicesText() {
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", "a".repeat(43))
                .contentType(ContentType.URLENC)
                .formParam("csrf", "a".repeat(43))
                .when()
                .post("/consultations/" + CONSULTATION + "/answer/1")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("Select an answer"))
                .body(not(containsString("words no page should show")));
        // the refused page then reads the response as saved, to know which questions are asked
        EchoBackendResource.Seen saved = EchoBackendResource.last("PUT");
        assertThat(saved.method()).isEqualTo("PUT");
        assertThat(saved.pathAndQuery()).isEqualTo("/api/consultations/" + CONSULTATION + "/responses/me");
        assertThat(saved.authorization())
                .as("the typed client carries the caller's token")
                .isEqualTo("Bearer " + token);
    }

    @Test
    void theSameRefusalIsInWelshOnAWelshPage() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_lang", "cy")
                .cookie("af_csrf", "a".repeat(43))
                .contentType(ContentType.URLENC)
                .formParam("csrf", "a".repeat(43))
                .when()
                .post("/consultations/" + CONSULTATION + "/answer/1")
                .then()
                .statusCode(400)
                .body(containsString("Dewiswch ateb"))
                .body(not(containsString("words no page should show")));
    }
}
