package org.advisoryforum.gateway.web.deadletters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.web.members.StaffPagesBackend;
import org.advisoryforum.gateway.web.members.WelshBundles;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The admin's dead-letter page (web.deadletters) against the recording backend: each of the three services' dead
 * letters with their error and replay, one unreachable service said so while the others still show, a replay (the
 * service's 409 said so), admin only and CSRF-checked.
 */
@QuarkusTest
class DeadLetterPagesTest {

    private static final String CSRF = "d".repeat(43);

    @Test
    void theAdminSeesEachServicesDeadLettersWithTheirErrorAndAServiceThatIsAwaySaidSo() {
        String token = Tokens.accessToken("ada");
        given().auth()
                .oauth2(token)
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/dead-letters\""));
        given().auth()
                .oauth2(token)
                .get("/staff/dead-letters")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("IllegalStateException: unknown member"))
                .body(containsString("consultation-service"))
                .body(containsString("ada-subject"))
                .body(containsString("1 November 2026"))
                .body(containsString("SQLTransientConnectionException: pool exhausted"))
                .body(containsString("action=\"/staff/dead-letters/forum/9/replay\""))
                .body(not(containsString("action=\"/staff/dead-letters/consultations/7/replay\"")))
                .body(containsString("This service could not be reached just now"))
                .body(not(containsString("Amara Okafor")));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/staff/dead-letters")
                .then()
                .statusCode(200)
                .body(containsString("Llythyrau marw"))
                .body(containsString("Ail-chwarae"));
    }

    @Test
    void theAdminReplaysADeadLetterOnceAndARefusedReplayChangesNothingAndSaysSo() {
        String token = Tokens.accessToken("ada");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/staff/dead-letters/forum/9/replay")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/dead-letters?replayed=REPLAYED&service=forum&id=9"));
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isEqualTo("POST /api/forum/dead-letters/9/replay");
        given().auth()
                .oauth2(token)
                .get("/staff/dead-letters?replayed=REPLAYED&service=forum&id=9")
                .then()
                .statusCode(200)
                .body(containsString("Dead letter 9 was processed again."));

        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/staff/dead-letters/consultations/7/replay")
                .then()
                .statusCode(409)
                .body(containsString("Ni chafodd llythyr marw 7 ei ail-chwarae"))
                .body(not(containsString("words no page should show")));
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/staff/dead-letters/elsewhere/9/replay")
                .then()
                .statusCode(404);

        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.URLENC)
                .post("/staff/dead-letters/forum/9/replay")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/staff/dead-letters/forum/9/replay")
                .then()
                .statusCode(403);
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void plainStaffMembersAndVisitorsCannotReachTheDeadLetters() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/staff/dead-letters\"")));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff/dead-letters")
                .then()
                .statusCode(403)
                .body(not(containsString("unknown member")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/dead-letters")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .get("/staff/dead-letters")
                .then()
                .statusCode(either(is(302)).or(is(401)));
    }

    @Test
    void everyDeadLettersMessageHasItsWelsh() throws Exception {
        WelshBundles.assertWelshComplete(DeadLettersMsg.class);
    }
}
