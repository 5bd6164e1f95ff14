package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, point 3, the GOV.UK question-page pattern: Back goes to the page before, Change returns to check answers,
 * a required question is asked for on its own page, check answers shows everything typed in words, and the
 * confirmation has its own address and says what happens next.
 */
@QuarkusTest
class QuestionPagePatternTest {

    private static final String DRAFTING = EchoBackendResource.DRAFTING;
    private static final String CSRF = "a".repeat(43);
    private static String token;

    /** One token for the class: many password grants for one user in a row can trip Keycloak's lockout. */
    private static synchronized String token() {
        if (token == null) {
            token = Tokens.accessToken("amara");
        }
        return token;
    }

    private static RequestSpecification member() {
        return given().auth().oauth2(token()).redirects().follow(false);
    }

    private static RequestSpecification posting() {
        return member().cookie("af_csrf", CSRF).contentType(ContentType.URLENC).formParam("csrf", CSRF);
    }

    @Test
    void backOnTheSecondPageGoesToTheFirstAndOnTheFirstToTheConsultation() {
        member().get("/consultations/" + DRAFTING + "/answer/2")
                .then()
                .statusCode(200)
                .body(containsString(
                        "<a href=\"/consultations/" + DRAFTING + "/answer/1\" class=\"govuk-back-link\">"));
        member().get("/consultations/" + DRAFTING + "/answer/1")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/consultations/" + DRAFTING + "\" class=\"govuk-back-link\">"));
    }

    @Test
    void changeFromCheckAnswersReturnsThereAfterSaving() {
        member().get("/consultations/" + DRAFTING + "/answer/1?return=check")
                .then()
                .statusCode(200)
                .body(containsString(
                        "<a href=\"/consultations/" + DRAFTING + "/answer/check\" class=\"govuk-back-link\">"))
                .body(containsString("<input type=\"hidden\" name=\"return\" value=\"check\">"));
        posting()
                .formParam("answer-p1", "About right")
                .formParam("return", "check")
                .formParam("action", "continue")
                .post("/consultations/" + DRAFTING + "/answer/1")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/consultations/" + DRAFTING + "/answer/check"));
    }

    @Test
    void aRequiredQuestionLeftEmptyIsAskedForOnItsOwnPage() {
        String page = posting()
                .formParam("action", "continue")
                .post("/consultations/" + DRAFTING + "/answer/2")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(page)
                .contains("There is a problem")
                .contains(
                        "<a href=\"#answer-p2-0\">How much does paying for travel matter?: Select a number from 1 to 5</a>");
        // "Save and come back later" keeps a draft without asking
        posting()
                .formParam("action", "later")
                .post("/consultations/" + DRAFTING + "/answer/2")
                .then()
                .statusCode(200)
                .body(containsString("Your answers have been saved"));
    }

    @Test
    void checkAnswersLinksEachMissingAnswerAndShowsTheSectionCommentsTyped() {
        String page = member().get("/consultations/" + DRAFTING + "/answer/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains(
                        "<a href=\"/consultations/" + DRAFTING + "/answer/2?return=check\">"
                                + "How much does paying for travel matter?: answer this question before you send your answers</a>")
                .contains("Your comment on the section “Travel costs”")
                .contains("Pay taxis too")
                .contains("/answer/1?return=check")
                .doesNotContain("Some questions still need an answer");
    }

    @Test
    void aScaleAnswerIsShownInWordsOnCheckAnswers() {
        String page = member().get("/consultations/" + EchoBackendResource.ANSWERED + "/answer/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("About right")
                .contains("4 out of 5 (1 = Not at all, 5 = Essential)")
                .doesNotContain("<dd class=\"govuk-summary-list__value\">4</dd>");
    }

    @Test
    void sendingRedirectsToAConfirmationWithItsOwnAddressThatSaysWhatHappensNext() {
        String answered = EchoBackendResource.ANSWERED;
        posting()
                .formParam("attribution", "ANONYMOUS")
                .post("/consultations/" + answered + "/answer/check")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/consultations/" + answered + "/answer/sent"));
        member().get("/consultations/" + answered + "/answer/sent")
                .then()
                .statusCode(200)
                .body(containsString("Your answers have been sent"))
                .body(containsString("What happens next"))
                .body(containsString("The consultation closes on 16 December 2026"));
        member().get("/consultations/" + DRAFTING + "/answer/sent")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/consultations/" + DRAFTING + "/answer/check"));
    }

    @Test
    void aShortConsultationIsOnePageOfQuestionsGroupedBySection() {
        String page = member().get("/consultations/" + EchoBackendResource.ANSWERED + "/answer/1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .containsSubsequence(
                        "<h1 class=\"govuk-heading-l\">Your answers</h1>",
                        "<h2 class=\"govuk-heading-m govuk-!-margin-top-6\">Rates</h2>",
                        "Are these rates fair?",
                        "<h2 class=\"govuk-heading-m govuk-!-margin-top-6\">Travel costs</h2>",
                        "How much does paying for travel matter?",
                        "Anything else about travel?");
        member().get("/consultations/" + EchoBackendResource.ANSWERED + "/answer/2")
                .then()
                .statusCode(404);
    }

    /**
     * The page sends what was typed; consultation-service keeps no answer to a question its condition did not call for
     * ("ask only if" is judged there once: QuestionRulesTest in consultation-service).
     */
    @Test
    void aQuestionAskedOnlyAfterAnAnswerOnTheSamePageSaysSoAndTheServiceJudgesTheAnswer() {
        member().get("/consultations/" + DRAFTING + "/answer/1")
                .then()
                .statusCode(200)
                .body(containsString("Page 1 of 2"))
                .body(containsString("What should we pay?"))
                .body(containsString("Are these rates fair?"));
        posting()
                .formParam("answer-p1", "About right")
                .formParam("answer-p5", "£40")
                .formParam("action", "later")
                .post("/consultations/" + DRAFTING + "/answer/1")
                .then()
                .statusCode(200);
        assertThat(EchoBackendResource.LAST.get().body())
                .contains("\"p1\":\"About right\"")
                .contains("\"p5\":\"£40\"");
    }

    @Test
    void signingInToAnswerLeadsToTheAnswerPagesNotTheHomePage() {
        given().get("/consultations/" + DRAFTING)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/consultations/" + DRAFTING + "/answer\""))
                .body(not(containsString("href=\"/login\">Sign in as a forum member")));
        given().redirects()
                .follow(false)
                .get("/consultations/" + DRAFTING + "/answer")
                .then()
                .statusCode(equalTo(302));
    }
}
