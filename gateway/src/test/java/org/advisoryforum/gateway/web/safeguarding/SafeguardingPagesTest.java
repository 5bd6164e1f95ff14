package org.advisoryforum.gateway.web.safeguarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.EchoBackendResource;
import org.advisoryforum.gateway.web.members.StaffPagesBackend;
import org.advisoryforum.gateway.web.members.WelshBundles;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The safeguarding pages (web.safeguarding) against the recording backend: the restricted list with its audit for the
 * role safeguarding alone (the 403 page for plain staff, admin and members), and staff flagging a concern from the
 * answers they read on a consultation's staff page, its refusals worded by code.
 */
@QuarkusTest
class SafeguardingPagesTest {

    private static final String CSRF = "g".repeat(43);
    private static final String ANSWERED = "6f1c1c1e-0000-4000-8000-000000000002";
    private static final String ANSWER = "6f1c1c1e-0000-4000-8000-0000000000b3";

    @Test
    void theSafeguardingLeadReadsTheFlaggedAnswersAndTheirAuditInBothLanguages() {
        String token = Tokens.accessToken("nia");
        given().auth()
                .oauth2(token)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/safeguarding\""))
                .body(not(containsString("href=\"/join\"")));
        given().auth()
                .oauth2(token)
                .get("/safeguarding")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Nobody checks on me at home any more."))
                .body(containsString("May be living alone without support"))
                .body(containsString(StaffPagesBackend.AMARA))
                .body(containsString("staff-subject-7"))
                .body(containsString("Question q1"))
                .body(containsString("Read the list"))
                .body(containsString("Flagged a concern"))
                .body(containsString("href=\"#flag-" + StaffPagesBackend.FLAG + "\""));
        assertThat(EchoBackendResource.LAST.get().authorization()).isEqualTo("Bearer " + token);
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/safeguarding")
                .then()
                .statusCode(200)
                .body(containsString("Pryderon diogelu"))
                .body(containsString("Darllenodd y rhestr"));
    }

    @Test
    void plainStaffTheAdminMembersAndVisitorsAreRefusedTheRestrictedList() {
        for (String user : new String[] {"sam", "ada", "amara"}) {
            given().auth()
                    .oauth2(Tokens.accessToken(user))
                    .get("/safeguarding")
                    .then()
                    .statusCode(403)
                    .contentType(ContentType.HTML)
                    .body(not(containsString("Nobody checks on me at home any more.")))
                    .body(not(containsString("May be living alone")));
        }
        given().redirects()
                .follow(false)
                .get("/safeguarding")
                .then()
                .statusCode(either(is(302)).or(is(401)));
    }

    @Test
    void staffFlagAConcernFromTheAnswersTheyReadAndSeeRefusalsInWords() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff/consultations/" + ANSWERED)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/safeguarding/flag/" + ANSWER + "?consultation=" + ANSWERED + "\""));
        String form = "/staff/safeguarding/flag/" + ANSWER + "?consultation=" + ANSWERED;
        given().auth()
                .oauth2(token)
                .get(form)
                .then()
                .statusCode(200)
                .body(containsString("What is the concern?"))
                .body(containsString("name=\"csrf\""));

        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("concern", "  Says they feel unsafe at home  ")
                .post(form)
                .then()
                .statusCode(303)
                .header(
                        "Location",
                        containsString("/staff/safeguarding/flag/" + ANSWER + "?sent=true&consultation=" + ANSWERED));
        assertThat(StaffPagesBackend.LAST_WRITE.get())
                .isEqualTo("POST /api/tracking/safeguarding/flags " + "{\"inputId\":\"" + ANSWER
                        + "\",\"concern\":\"Says they feel unsafe at home\"}");
        given().auth()
                .oauth2(token)
                .get("/staff/safeguarding/flag/" + ANSWER + "?sent=true&consultation=" + ANSWERED)
                .then()
                .statusCode(200)
                .body(containsString("The concern has been sent to the safeguarding lead."));

        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("concern", " ")
                .post(form)
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#concern\">Enter what the concern is"));
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("concern", "Worrying words")
                .post("/staff/safeguarding/flag/" + StaffPagesBackend.UNKNOWN_INPUT)
                .then()
                .statusCode(400)
                .body(either(containsString("Does dim ateb neu sylw o&#39;r fath"))
                        .or(containsString("Does dim ateb neu sylw o'r fath")))
                .body(not(containsString("words no page should show")));
    }

    @Test
    void onlyStaffFlagAndEveryFlagIsCsrfChecked() {
        String form = "/staff/safeguarding/flag/" + ANSWER;
        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth().oauth2(Tokens.accessToken("amara")).get(form).then().statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("concern", "x")
                .post(form)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.URLENC)
                .formParam("concern", "x")
                .post(form)
                .then()
                .statusCode(403);
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void everySafeguardingMessageHasItsWelsh() throws Exception {
        WelshBundles.assertWelshComplete(SafeguardingMsg.class);
    }
}
