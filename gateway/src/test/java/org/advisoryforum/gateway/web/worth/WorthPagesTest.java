package org.advisoryforum.gateway.web.worth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.EchoBackendResource;
import org.advisoryforum.gateway.web.meetings.MeetingsBackend;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * "Was it worth it?" pages (web.worth) against the recording backend: the ledger's one link per entry, the radios
 * form with its error summary, the invitation choice, the staff counts page and its links; every form CSRF-checked.
 */
@QuarkusTest
class WorthPagesTest {

    private static final String CSRF = "w".repeat(43);

    @Test
    void theLedgerAsksAboutEachEntryOrSaysWhatTheMemberToldUs() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/account/involvement")
                .then()
                .statusCode(200)
                .body(containsString(
                        "href=\"/account/worth/" + WorthBackend.UNANSWERED + "\">Tell us if it was worth it"))
                .body(containsString(
                        "You told us: worth your time: Partly; felt heard: Yes; time taken: 1 to 2 hours."))
                .body(containsString("href=\"/account/worth/" + WorthBackend.ANSWERED + "\">Change your answer"));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_lang", "cy")
                .get("/account/involvement")
                .then()
                .statusCode(200)
                .body(containsString("Dywedwch wrthym a oedd e"));
    }

    @Test
    void aMemberAnswersTheThreeQuestionsOnAFormWithoutScript() {
        String token = Tokens.accessToken("amara");
        String page = "/account/worth/" + WorthBackend.UNANSWERED;
        given().auth()
                .oauth2(token)
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("How long did it take you?"))
                .body(containsString("Was it worth your time?"))
                .body(containsString("Did you feel heard?"))
                .body(containsString("name=\"csrf\""))
                .body(containsString("type=\"radio\" value=\"UP_TO_1_HOUR\""))
                .body(not(containsString("<script")));
        // the answered entry's form shows the earlier answer chosen
        given().auth()
                .oauth2(token)
                .get("/account/worth/" + WorthBackend.ANSWERED)
                .then()
                .statusCode(200)
                .body(containsString("value=\"UP_TO_2_HOURS\" checked"));

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("timeTaken", "UP_TO_1_HOUR")
                .formParam("worthIt", "NO")
                .formParam("feltHeard", "PARTLY")
                .post(page)
                .then()
                .statusCode(303)
                .header("Location", containsString(page + "?sent=true"));
        assertThat(WorthBackend.LAST_WRITE.get())
                .startsWith("PUT /api/forum/members/me/involvement/" + WorthBackend.UNANSWERED + "/feedback ")
                .contains("\"timeTaken\":\"UP_TO_1_HOUR\"", "\"worthIt\":\"NO\"", "\"feltHeard\":\"PARTLY\"");
        assertThat(EchoBackendResource.LAST.get().authorization()).isEqualTo("Bearer " + token);
        given().auth()
                .oauth2(token)
                .get(page + "?sent=true")
                .then()
                .statusCode(200)
                .body(containsString("Thank you: we have your answers."));
    }

    @Test
    void unansweredQuestionsAndTheServicesRefusalAreInTheErrorSummaryInBothLanguages() {
        String token = Tokens.accessToken("amara");
        String page = "/account/worth/" + WorthBackend.UNANSWERED;
        WorthBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("timeTaken", "UP_TO_1_HOUR")
                .formParam("worthIt", "MAYBE")
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#worthIt-0\">Choose whether it was worth your time</a>"))
                .body(containsString("<a href=\"#feltHeard-0\">Choose whether you felt heard</a>"))
                .body(not(containsString("<a href=\"#timeTaken-0\">")))
                .body(containsString("value=\"UP_TO_1_HOUR\" checked"));
        assertThat(WorthBackend.LAST_WRITE.get()).isNull();
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("Dewiswch faint o amser gymerodd e i chi"));
        // what only the service could refuse is worded by its field
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("timeTaken", "OVER_2_HOURS")
                .formParam("worthIt", "PARTLY")
                .formParam("feltHeard", "YES")
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("Choose whether it was worth your time"))
                .body(not(containsString("words no page should show")));
        given().auth()
                .oauth2(token)
                .get("/account/worth/6f1c1c1e-0000-4000-8000-0000000000ff")
                .then()
                .statusCode(404);
        given().auth().oauth2(token).get("/account/worth/not-an-id").then().statusCode(404);
    }

    @Test
    void aMemberChoosesToBeInvitedAsUsualAndTheProfileSaysWhichTheyChose() {
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .get("/account/profile")
                .then()
                .statusCode(200)
                .body(containsString("we invite you less."))
                .body(containsString("href=\"/account/worth/invitations\""));
        given().auth()
                .oauth2(token)
                .get("/account/worth/invitations")
                .then()
                .statusCode(200)
                .body(containsString("value=\"no\" checked"))
                .body(containsString("Keep inviting me as usual"));
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("keep", "yes")
                .post("/account/worth/invitations")
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/worth/invitations?saved=keep"));
        assertThat(WorthBackend.LAST_WRITE.get())
                .startsWith("PUT /api/forum/members/me ")
                .contains("\"keepInvitingAsUsual\":true", "\"displayName\":\"Amara\"", "\"maxInvitationsPerMonth\":4")
                .doesNotContain("memberId");
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/account/worth/invitations")
                .then()
                .statusCode(400)
                .body(containsString("Choose how we should invite you"));
    }

    @Test
    void staffSeeTheCountsPerActivityLinkedFromTheConsultationAndMeetingPages() {
        String staff = Tokens.accessToken("sam");
        given().auth()
                .oauth2(staff)
                .get("/staff/worth?consultationId=" + WorthBackend.CONSULTATION)
                .then()
                .statusCode(200)
                .body(containsString("Paying people for their involvement"))
                .body(containsString("3 answered"))
                .body(containsString("href=\"/staff/consultations/" + WorthBackend.CONSULTATION + "\""));
        assertThat(EchoBackendResource.LAST.get().pathAndQuery())
                .isEqualTo("/api/forum/involvement-feedback?consultationId=" + WorthBackend.CONSULTATION);
        given().auth()
                .oauth2(staff)
                .cookie("af_lang", "cy")
                .get("/staff/worth")
                .then()
                .statusCode(200)
                .body(containsString("Atebion yr aelodau"));
        given().auth()
                .oauth2(staff)
                .get("/staff/meetings/" + MeetingsBackend.PAST)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/worth?meetingId=" + MeetingsBackend.PAST + "\""));
        given().auth()
                .oauth2(staff)
                .get("/staff/consultations/6f1c1c1e-0000-4000-8000-000000000002")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/worth?consultationId=6f1c1c1e-0000-4000-8000-000000000002\""));
    }

    @Test
    void onlyStaffSeeTheCountsOnlyMembersAnswerAndEveryFormIsCsrfChecked() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/worth")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .get("/account/worth/" + WorthBackend.UNANSWERED)
                .then()
                .statusCode(either(is(302)).or(is(401)));
        WorthBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.URLENC)
                .formParam("timeTaken", "UP_TO_1_HOUR")
                .formParam("worthIt", "NO")
                .formParam("feltHeard", "NO")
                .post("/account/worth/" + WorthBackend.UNANSWERED)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.URLENC)
                .formParam("keep", "yes")
                .post("/account/worth/invitations")
                .then()
                .statusCode(403);
        assertThat(WorthBackend.LAST_WRITE.get()).isNull();
    }
}
