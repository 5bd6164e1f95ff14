package org.advisoryforum.gateway.web.difference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The inbox worded from forum-service's message keys in the reader's language, and "did it make a difference?":
 * the member's question page (web.difference), the staff list of actions due for review, and the public counts.
 */
@QuarkusTest
class DifferencePagesTest {

    private static final String CSRF = "a".repeat(43);

    @Test
    void aWelshReadersInboxIsInWelshWithWelshDaysAndStatusWords() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_lang", "cy")
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString(html("Rydych chi'n cael eich gwahodd i gymryd rhan")))
                .body(containsString("Mae ymgynghoriad newydd ar agor tan 1 Hydref 2026"))
                .body(containsString(html("Mae rhywbeth a ddywedoch chi wedi symud ymlaen")))
                .body(containsString(html("<strong>Wedi'i wneud</strong>")))
                .body(containsString(html("Tynnwyd rhan o'ch geiriau")))
                .body(containsString(html("mae'n enwi rhywun arall")))
                .body(containsString(html("Rydych chi'n cael eich gwahodd i gyfarfod o'r fforwm")))
                .body(containsString("3 Rhagfyr 2026 am 10:00"))
                .body(containsString("A wnaeth wahaniaeth?"))
                .body(containsString("href=\"/account/difference/" + DifferenceBackend.DUE + "\""))
                .body(containsString("An invitation from before keys")) // stored before keys: its English kept
                .body(not(containsString("You are invited to take part")))
                .body(not(containsString("English body")));
    }

    @Test
    void anEnglishReadersInboxWordsTheSameKeysInEnglish() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString(
                        "You are invited to take part: <span lang=\"en\">Paying people for their involvement</span>"))
                .body(containsString("A new consultation is open until 1 October 2026. Your view would help."))
                .body(containsString("<strong>Done</strong>"))
                .body(containsString("it names someone else"))
                .body(containsString("The meeting is on 3 December 2026 at 10:00am."))
                .body(containsString("Tell us whether it made a difference"))
                .body(not(containsString("English body")));
    }

    @Test
    void aMemberIsAskedWithThreeAnswersAndTheirChoiceIsSentToTracking() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/account/difference/" + DifferenceBackend.DUE)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("We now pay travel costs on the day"))
                .body(containsString("value=\"MADE_A_DIFFERENCE\""))
                .body(containsString("It made a difference"))
                .body(containsString("value=\"SOME_DIFFERENCE\""))
                .body(containsString("It made some difference"))
                .body(containsString("value=\"NO_DIFFERENCE\""))
                .body(containsString("It made no difference"))
                .body(containsString("Only staff read what you write here"))
                .body(containsString("name=\"csrf\""));
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("answer", "SOME_DIFFERENCE")
                .formParam("comment", " Better ")
                .post("/account/difference/" + DifferenceBackend.DUE)
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/difference/" + DifferenceBackend.DUE + "?sent=true"));
        assertThat(DifferenceBackend.LAST_WRITE.get())
                .isEqualTo("PUT /api/tracking/actions/" + DifferenceBackend.DUE
                        + "/difference {\"answer\":\"SOME_DIFFERENCE\",\"comment\":\"Better\"}");
    }

    @Test
    void noAnswerIsNamedInTheErrorSummaryAndNothingIsSent() {
        DifferenceBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .cookie("af_lang", "cy")
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("answer", "MAYBE")
                .post("/account/difference/" + DifferenceBackend.DUE)
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#answer\">Dewiswch a wnaeth wahaniaeth"));
        // nothing chosen at all: a browser sends no "answer" field
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("comment", "")
                .post("/account/difference/" + DifferenceBackend.DUE)
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"));
        assertThat(DifferenceBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void anActionNotDueForReviewIsExplainedByTrackingsCode() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("answer", "NO_DIFFERENCE")
                .post("/account/difference/" + DifferenceBackend.NOT_DUE)
                .then()
                .statusCode(409)
                .body(containsString("This action is not due for review yet"));
    }

    @Test
    void staffSeeActionsDueForReviewWithCountsAndCommentsAndMembersDoNot() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff/reviews")
                .then()
                .statusCode(200)
                .body(containsString("Actions due for review"))
                .body(containsString("2 said it made a difference"))
                .body(containsString("1 said it made some difference"))
                .body(containsString("The form still asks for receipts twice"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/reviews\""));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/reviews")
                .then()
                .statusCode(403)
                .body(not(containsString("receipts twice")));
        given().redirects()
                .follow(false)
                .get("/account/difference/" + DifferenceBackend.DUE)
                .then()
                .statusCode(either(is(302)).or(is(401)));
    }

    @Test
    void thePublicPageShowsTheCountsInEitherLanguage() {
        given().get("/consultations/" + DifferenceBackend.CONSULTATION + "/you-said-we-did")
                .then()
                .statusCode(200)
                .body(containsString("3 said it made a difference"))
                .body(containsString("0 said it made no difference"));
        given().cookie("af_lang", "cy")
                .get("/consultations/" + DifferenceBackend.CONSULTATION + "/you-said-we-did")
                .then()
                .statusCode(200)
                .body(containsString("Dywedodd 3 ei fod wedi gwneud gwahaniaeth"));
    }

    private static String html(String words) {
        return words.replace("'", "&#39;");
    }
}
