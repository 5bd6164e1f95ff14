package org.advisoryforum.gateway.web.members;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Staff pages for invitation rounds (who was held back and why, worded from the reason's code in English and Welsh)
 * and for decided applications (approved and declined with the reason, newest first), against the recording backend.
 */
@QuarkusTest
class RoundsAndApplicationsPagesTest {

    @Test
    void staffSeeWhoWasHeldBackInARoundAndWhyInBothLanguages() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/invitation-rounds\""));
        given().auth()
                .oauth2(token)
                .get("/staff/invitation-rounds")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/invitation-rounds/" + StaffPagesBackend.ROUND + "\""))
                .body(containsString("Paying people for their involvement"))
                .body(containsString(">12<"))
                .body(containsString(">Sent<"));
        given().auth()
                .oauth2(token)
                .get("/staff/invitation-rounds/" + StaffPagesBackend.ROUND)
                .then()
                .statusCode(200)
                .body(containsString("12 invited, 2 held back"))
                .body(containsString("href=\"/staff/members/" + StaffPagesBackend.AMARA + "\""))
                .body(containsString("as many invitations this month as they asked for"))
                .body(containsString("a quiet period"))
                .body(not(containsString("OVER_LIMIT")))
                .body(not(containsString("QUIET_PERIOD")));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/staff/invitation-rounds/" + StaffPagesBackend.ROUND)
                .then()
                .statusCode(200)
                .body(containsString("cyfnod tawel"))
                .body(containsString("Gwahoddwyd 12, daliwyd 2 yn ôl"));
        given().auth()
                .oauth2(token)
                .get("/staff/invitation-rounds/not-a-round")
                .then()
                .statusCode(404);
    }

    @Test
    void staffReadDecidedApplicationsWithTheReasonNewestFirst() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff/applications")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/decided-applications\""));
        String page = given().auth()
                .oauth2(token)
                .get("/staff/decided-applications")
                .then()
                .statusCode(200)
                .body(containsString("Priya Shah"))
                .body(containsString("Approved"))
                .body(containsString("The forum is for people who use social care."))
                .body(containsString("Tom Evans"))
                .body(containsString("7 October 2026"))
                .extract()
                .asString();
        assertThat(page.indexOf("Tom Evans")).isLessThan(page.indexOf("Priya Shah"));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/staff/decided-applications")
                .then()
                .statusCode(200)
                .body(containsString("Gwrthodwyd"))
                .body(containsString("Cymeradwywyd"));
    }

    @Test
    void membersCannotReachRoundsOrDecidedApplications() {
        String member = Tokens.accessToken("amara");
        given().auth().oauth2(member).get("/staff/invitation-rounds").then().statusCode(403);
        given().auth()
                .oauth2(member)
                .get("/staff/invitation-rounds/" + StaffPagesBackend.ROUND)
                .then()
                .statusCode(403)
                .body(not(containsString("David Jones")));
        given().auth()
                .oauth2(member)
                .get("/staff/decided-applications")
                .then()
                .statusCode(403)
                .body(not(containsString("Tom Evans")));
    }
}
