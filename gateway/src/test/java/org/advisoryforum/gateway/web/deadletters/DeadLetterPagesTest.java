package org.advisoryforum.gateway.web.deadletters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.web.members.WelshBundles;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The admin's dead-letter page (web.deadletters) against the recording backend: each of the three services' dead
 * letters with their error and replay, one unreachable service said so while the others still show, admin only.
 */
@QuarkusTest
class DeadLetterPagesTest {

    @Test
    void theAdminSeesEachServicesDeadLettersWithTheirErrorAndAServiceThatIsAwaySaidSo() {
        String token = Tokens.accessToken("ada");
        given().auth().oauth2(token).get("/staff").then().statusCode(200)
                .body(containsString("href=\"/staff/dead-letters\""));
        given().auth().oauth2(token).get("/staff/dead-letters").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("IllegalStateException: unknown member"))
                .body(containsString("consultation-service")).body(containsString("ada-subject"))
                .body(containsString("1 November 2026"))
                .body(containsString("None: every event was processed."))
                .body(containsString("This service could not be reached just now"))
                .body(not(containsString("Amara Okafor")));
        given().auth().oauth2(token).cookie("af_lang", "cy").get("/staff/dead-letters").then().statusCode(200)
                .body(containsString("Llythyrau marw")).body(containsString("Dim: cafodd pob digwyddiad ei brosesu."));
    }

    @Test
    void plainStaffMembersAndVisitorsCannotReachTheDeadLetters() {
        given().auth().oauth2(Tokens.accessToken("sam")).get("/staff").then().statusCode(200)
                .body(not(containsString("href=\"/staff/dead-letters\"")));
        given().auth().oauth2(Tokens.accessToken("sam")).get("/staff/dead-letters").then().statusCode(403)
                .body(not(containsString("unknown member")));
        given().auth().oauth2(Tokens.accessToken("amara")).get("/staff/dead-letters").then().statusCode(403);
        given().redirects().follow(false).get("/staff/dead-letters").then().statusCode(either(is(302)).or(is(401)));
    }

    @Test
    void everyDeadLettersMessageHasItsWelsh() throws Exception {
        WelshBundles.assertWelshComplete(DeadLettersMsg.class);
    }
}
