package org.advisoryforum.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
        String page = given().auth().oauth2(Tokens.accessToken("sam")).get("/staff/consultations/" + ANSWERED)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Status: Open for answers").contains("By phone")
                .contains("How much does paying for travel matter?: 4 out of 5 (1 = Not at all, 5 = Essential)")
                .doesNotContain("p1:").doesNotContain("p2:").doesNotContain("travel:").doesNotContain("OPEN")
                .doesNotContain("PHONE<");
        assertThat(page).containsSubsequence("Are these rates fair?: About right",
                "Comment on the section “Rates”: Pay on time",
                "How much does paying for travel matter?", "Anything else about travel?: Trains are dear",
                "Comment on the section “Travel costs”: Pay taxis too");
    }

    @Test
    void theScaleAndStatusWordsAreWelshOnAWelshPage() {
        given().auth().oauth2(Tokens.accessToken("sam")).cookie("af_lang", "cy").get("/staff/consultations/" + ANSWERED)
                .then().statusCode(200)
                .body(containsString("4 allan o 5 (1 = Not at all, 5 = Essential)"))
                .body(containsString("Ar agor i atebion")).body(containsString("Dros y ffôn"));
    }

    @Test
    void myImpactNamesTheQuestionAndTheSectionNotTheirKeys() {
        given().auth().oauth2(Tokens.accessToken("amara")).get("/account/impact").then().statusCode(200)
                .body(containsString("Your answer to “How much does paying for travel matter?”"))
                .body(containsString("Your comment on the section “Travel costs”"))
                .body(not(containsString("question p2"))).body(not(containsString("'travel'")));
    }

    @Test
    void thePublicConsultationPageSaysOpenForAnswers() {
        given().get("/consultations/" + NEW).then().statusCode(200).body(containsString("Open for answers"))
                .body(not(containsString("Status: Open<")));
    }

    private static RequestSpecification member() {
        return given().auth().oauth2(Tokens.accessToken("amara"));
    }
}
