package org.advisoryforum.gateway;

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
 * The staff moderation pages (web.moderation) against the recording backend: staff only, the queue and the decision
 * forms send the service's decision (words to remove become code-point offsets), refusals are worded by their codes
 * in both languages; and the public "You said, we did" words moderated quotes, the response clock and promises.
 */
@QuarkusTest
class ModerationPagesTest {

    private static final String CSRF = "a".repeat(43);
    private static final String CONSULTATION = "6f1c1c1e-0000-4000-8000-000000000001";

    @Test
    void onlyStaffReachTheModerationPages() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/moderation")
                .then()
                .statusCode(403)
                .body(not(containsString("Jo Bloggs")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/moderation/" + EchoBackendResource.MODERATED)
                .then()
                .statusCode(403)
                .body(not(containsString("Jo Bloggs")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "APPROVE")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .get("/staff/moderation")
                .then()
                .statusCode(either(is(302)).or(is(401)))
                .body(not(containsString("Jo Bloggs")));
    }

    @Test
    void staffSeeTheQueueOfOneConsultationAndTheStaffHomeLinksToIt() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .queryParam("consultationId", CONSULTATION)
                .get("/staff/moderation")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Quotes waiting for moderation"))
                .body(containsString("My neighbour Jo Bloggs helps me"))
                .body(containsString("/staff/moderation/" + EchoBackendResource.MODERATED));
        EchoBackendResource.Seen asked = EchoBackendResource.LAST.get();
        assertThat(asked.pathAndQuery())
                .isEqualTo("/api/tracking/moderation?status=PENDING&consultationId=" + CONSULTATION);
        assertThat(asked.authorization()).isEqualTo("Bearer " + token);
        given().auth()
                .oauth2(token)
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/moderation\""));
    }

    @Test
    void anItemPageOffersApproveRedactAndRejectWithEveryReasonInWelshToo() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_lang", "cy")
                .get("/staff/moderation/" + EchoBackendResource.MODERATED)
                .then()
                .statusCode(200)
                .body(containsString(html("Cymedroli'r geiriau hyn")))
                .body(containsString("value=\"APPROVE\""))
                .body(containsString("value=\"REDACT\""))
                .body(containsString("value=\"REJECT\""))
                .body(containsString("yn enwi trydydd parti"))
                .body(containsString("gallai adnabod yr awdur"))
                .body(containsString("yn rhoi manylion personol"))
                .body(containsString("iaith sarhaus"))
                .body(containsString(html("ddim yn ymwneud â'r ymgynghoriad hwn")))
                .body(containsString("ni ellir ei gyhoeddi am resymau cyfreithiol"))
                .body(containsString("name=\"csrf\""));
    }

    @Test
    void theExactWordsToRemoveAreSentAsCodePointSpansWhereverTheyAppear() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REDACT")
                .formParam("words", "Jo Bloggs")
                .formParam("spanReason", "NAMES_THIRD_PARTY")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/moderation?consultationId=" + CONSULTATION));
        EchoBackendResource.Seen sent = EchoBackendResource.LAST.get();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.pathAndQuery())
                .isEqualTo("/api/tracking/moderation/" + EchoBackendResource.MODERATED + "/decision");
        assertThat(sent.authorization()).isEqualTo("Bearer " + token);
        // "🙂" is one code point but two UTF-16 units: the first "Jo Bloggs" starts at code point 15, not 16
        assertThat(sent.body())
                .isEqualTo("{\"decision\":\"REDACT\",\"redactions\":["
                        + "{\"start\":15,\"end\":24,\"reason\":\"NAMES_THIRD_PARTY\"},"
                        + "{\"start\":35,\"end\":44,\"reason\":\"NAMES_THIRD_PARTY\"}]}");
    }

    @Test
    void aPositionCountedFromOneIsSentAsTheServicesHalfOpenSpan() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REDACT")
                .formParam("first", "16")
                .formParam("last", "24")
                .formParam("spanReason", "PERSONAL_DETAILS")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().body())
                .isEqualTo(
                        "{\"decision\":\"REDACT\",\"redactions\":[{\"start\":15,\"end\":24,\"reason\":\"PERSONAL_DETAILS\"}]}");
    }

    @Test
    void approvingSendsNoSpansAndRejectingSendsItsReason() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "APPROVE")
                .formParam("spanReason", "OFFENSIVE")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().body()).isEqualTo("{\"decision\":\"APPROVE\"}");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REJECT")
                .formParam("reason", "OFF_TOPIC")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().body())
                .isEqualTo("{\"decision\":\"REJECT\",\"reason\":\"OFF_TOPIC\"}");
    }

    @Test
    void incompleteFormsAreNamedInTheErrorSummaryAndNothingIsSent() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REDACT")
                .formParam("words", "Someone Else")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#words\">These words are not in the text: copy them exactly"))
                .body(containsString("href=\"#spanReason\">Choose why the words are removed"))
                .body(containsString("value=\"Someone Else\""));
        assertThat(EchoBackendResource.LAST.get().method())
                .as("only the item was read")
                .isEqualTo("GET");
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REJECT")
                .post("/staff/moderation/" + EchoBackendResource.MODERATED + "/decision")
                .then()
                .statusCode(400)
                .body(containsString(html("href=\"#reason\">Dewiswch pam nad yw'r geiriau'n cael eu defnyddio")));
        assertThat(EchoBackendResource.LAST.get().method()).isEqualTo("GET");
    }

    @Test
    void aRefusedDecisionShowsTheWordsForItsCodeInBothLanguages() {
        String token = Tokens.accessToken("sam");
        String refused = "/staff/moderation/" + EchoBackendResource.MODERATION_REFUSED + "/decision";
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REDACT")
                .formParam("words", "Jo Bloggs")
                .formParam("spanReason", "LEGAL")
                .post(refused)
                .then()
                .statusCode(400)
                .body(containsString("That removes all the words: choose Do not use these words instead"))
                .body(not(containsString("words no page should show")));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("decision", "REDACT")
                .formParam("words", "Jo Bloggs")
                .formParam("spanReason", "LEGAL")
                .post(refused)
                .then()
                .statusCode(400)
                .body(containsString(html("Mae hynny'n tynnu'r geiriau i gyd")));
    }

    @Test
    void thePublicPageWordsRemovedSpansTheResponseClockAndUndatedPromisesInThePagesLanguage() {
        String page = "/consultations/" + CONSULTATION + "/you-said-we-did";
        given().get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "My carer <span class=\"forum-removed\">[removed: names a third party]</span> says it is too low"))
                .body(containsString("Outcome due by 24 December 2026"))
                .body(containsString("Overdue since 25 December 2026"))
                .body(containsString("a commitment without a date"));
        given().cookie("af_lang", "cy")
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString(html("[wedi'i dynnu: yn enwi trydydd parti]")))
                .body(not(containsString("names a third party")))
                .body(containsString("Disgwylir y canlyniad erbyn 24 Rhagfyr 2026"))
                .body(containsString("Yn hwyr ers 25 Rhagfyr 2026"))
                .body(containsString("ymrwymiad heb ddyddiad"));
    }

    /** what a Qute page makes of words: an apostrophe is escaped */
    private static String html(String words) {
        return words.replace("'", "&#39;");
    }
}
