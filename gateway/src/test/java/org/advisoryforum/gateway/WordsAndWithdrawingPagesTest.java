package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, points 2 and 4: people read question text, section headings and status words, never the keys and
 * constants the services store; withdrawing is offered only when there is something to withdraw, asks first, and a
 * second withdraw says it was already done.
 */
@QuarkusTest
class WordsAndWithdrawingPagesTest {

    private static final String NEW = "6f1c1c1e-0000-4000-8000-000000000001";
    private static final String ANSWERED = EchoBackendResource.ANSWERED;
    private static final String CSRF = "a".repeat(43);

    @Test
    void staffReadEachAnswerUnderItsQuestionInQuestionOrderWithTheScaleAndStatusInWords() {
        String page = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff/consultations/" + ANSWERED)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Status: Open for answers")
                .contains("By phone")
                .contains("How much does paying for travel matter?: 4 out of 5 (1 = Not at all, 5 = Essential)")
                .doesNotContain("p1:")
                .doesNotContain("p2:")
                .doesNotContain("travel:")
                .doesNotContain("OPEN")
                .doesNotContain("PHONE<");
        assertThat(page)
                .containsSubsequence(
                        "Are these rates fair?: About right",
                        "Comment on the section “Rates”: Pay on time",
                        "How much does paying for travel matter?",
                        "Anything else about travel?: Trains are dear",
                        "Comment on the section “Travel costs”: Pay taxis too");
    }

    @Test
    void theScaleAndStatusWordsAreWelshOnAWelshPage() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_lang", "cy")
                .get("/staff/consultations/" + ANSWERED)
                .then()
                .statusCode(200)
                .body(containsString("4 allan o 5 (1 = Not at all, 5 = Essential)"))
                .body(containsString("Ar agor i atebion"))
                .body(containsString("Dros y ffôn"));
    }

    @Test
    void aRevisedDraftSaysWhatChangedInWords() {
        String page = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("text-rates", "We pay £30.")
                .post("/staff/consultations/" + ANSWERED + "/revise")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Rates <strong class=\"govuk-tag govuk-tag--grey\">Changed</strong>")
                .contains("Meals <strong class=\"govuk-tag govuk-tag--grey\">Added</strong>")
                .doesNotContain("CHANGED")
                .doesNotContain("ADDED");
    }

    @Test
    void myImpactNamesTheQuestionAndTheSectionNotTheirKeys() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/account/impact")
                .then()
                .statusCode(200)
                .body(containsString("Your answer to “How much does paying for travel matter?”"))
                .body(containsString("Your comment on the section “Travel costs”"))
                .body(not(containsString("question p2")))
                .body(not(containsString("'travel'")));
    }

    @Test
    void thePublicConsultationPageSaysOpenForAnswers() {
        given().get("/consultations/" + NEW)
                .then()
                .statusCode(200)
                .body(containsString("Open for answers"))
                .body(not(containsString("Status: Open<")));
    }

    @Test
    void checkAnswersOffersNoWithdrawAndANewDraftHasNothingToWithdraw() {
        member().get("/consultations/" + NEW + "/answer/check")
                .then()
                .statusCode(200)
                .body(containsString("Send my answers"))
                .body(not(containsString("/answer/withdraw")));
        member().get("/consultations/" + NEW).then().statusCode(200).body(not(containsString("/answer/withdraw")));
        member().get("/consultations/" + NEW + "/answer/withdraw")
                .then()
                .statusCode(409)
                .body(containsString("There is no response to withdraw"))
                .body(not(containsString("Page not found")))
                .body(not(containsString("Yes, withdraw my response")));
    }

    @Test
    void aSentResponseIsWithdrawnFromTheConsultationPageAfterAnAreYouSurePage() {
        member().get("/consultations/" + ANSWERED)
                .then()
                .statusCode(200)
                .body(containsString("Your response"))
                .body(containsString("You have sent your answers"))
                .body(containsString("href=\"/consultations/" + ANSWERED + "/answer/withdraw\""));
        member().get("/consultations/" + ANSWERED + "/answer/withdraw")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Are you sure you want to withdraw your response?"))
                .body(containsString("This removes your answers"))
                .body(containsString(
                        "govuk-button govuk-button--warning\" data-module=\"govuk-button\">Yes, withdraw my response"))
                .body(containsString("href=\"/consultations/" + ANSWERED + "/answer/check\">Cancel"));
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/consultations/" + ANSWERED + "/answer/withdraw")
                .then()
                .statusCode(200)
                .body(containsString("Your response has been withdrawn"));
        EchoBackendResource.Seen withdrawn = EchoBackendResource.LAST.get();
        assertThat(withdrawn.method()).isEqualTo("DELETE");
        assertThat(withdrawn.pathAndQuery()).isEqualTo("/api/consultations/" + ANSWERED + "/responses/me");
        assertThat(withdrawn.authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void aSecondWithdrawSaysItWasAlreadyDoneNotPageNotFound() {
        member().cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/consultations/" + EchoBackendResource.WITHDRAWN + "/answer/withdraw")
                .then()
                .statusCode(409)
                .body(containsString("You have already withdrawn your response"))
                .body(not(containsString("Page not found")));
        member().cookie("af_lang", "cy")
                .get("/consultations/" + EchoBackendResource.WITHDRAWN + "/answer/withdraw")
                .then()
                .statusCode(409)
                .body(containsString("Rydych chi eisoes wedi tynnu eich ymateb yn ôl"));
    }

    private static RequestSpecification member() {
        return given().auth().oauth2(Tokens.accessToken("amara"));
    }
}
