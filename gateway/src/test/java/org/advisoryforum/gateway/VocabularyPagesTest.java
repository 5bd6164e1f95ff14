package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** Issue #17, point 7: one vocabulary, with plural rules, in both languages; never a service's English summary. */
@QuarkusTest
class VocabularyPagesTest {

    private static final String OUTCOME = "/consultations/6f1c1c1e-0000-4000-8000-000000000001/you-said-we-did";

    @Test
    void whoAKeyPointCameFromIsSaidInWordsWithPlurals() {
        String page = given().get(OUTCOME).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("4 people said this: 1 carer, 2 social workers and 1 person with lived experience")
                .doesNotContain("Voices: 4")
                .doesNotContain("1 carers")
                .doesNotContain("4 voices");
    }

    @Test
    void theSameIsInWelshOnAWelshPage() {
        given().cookie("af_lang", "cy")
                .get(OUTCOME)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.contains("Dywedodd"))
                .findFirst()
                .ifPresentOrElse(
                        line -> assertThat(line)
                                .contains(
                                        "Dywedodd 4 o bobl hyn: 1 gofalwr, 2 o weithwyr cymdeithasol a 1 person â phrofiad bywyd"),
                        () -> {
                            throw new AssertionError("no voices line on the Welsh page");
                        });
    }

    @Test
    void eachResponseInTheInvolvementListSaysWhichConsultationItWasTo() {
        String page = given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/account/involvement")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Your response to “Paying people for their involvement: our draft policy”")
                .contains("Your response to “Travel and rates”");
    }

    @Test
    void checkAnswersOffersFirstWhatTheAccountSaysAboutQuotingUntilTheAnswersAreSent() {
        String token = Tokens.accessToken("amara");
        String draft = given().auth()
                .oauth2(token)
                .get("/consultations/" + EchoBackendResource.DRAFTING + "/answer/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(draft).contains("value=\"NONE\" checked").doesNotContain("value=\"ANONYMOUS\" checked");
        String sent = given().auth()
                .oauth2(token)
                .get("/consultations/" + EchoBackendResource.ANSWERED + "/answer/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(sent)
                .as("a sent response shows the choice it was sent with")
                .contains("value=\"ANONYMOUS\" checked");
    }
}
