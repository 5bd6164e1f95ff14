package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, point 1: every error says what went wrong and how to put it right, in the reader's language, is linked
 * from the summary in the order of the fields, all on the first submit, with what was typed kept; never a service's
 * text or a field's internal name.
 */
@QuarkusTest
class ErrorMessagesPagesTest {

    private static final String CSRF = "a".repeat(43);
    private static String token;

    /** One token for the class: many password grants for one user in a row can trip Keycloak's lockout. */
    private static synchronized String token() {
        if (token == null) {
            token = Tokens.accessToken("amara");
        }
        return token;
    }

    private static RequestSpecification member(String language) {
        return given().auth()
                .oauth2(token())
                .cookie("af_lang", language)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF);
    }

    @Test
    void aProfileWithAWordForTheLimitABadDateAndNoNameShowsEveryErrorLinkedInFieldOrderAndKeepsWhatWasTyped() {
        String page = member("en")
                .formParam("displayName", " ")
                .formParam("perspectives", "CARER")
                .formParam("region", "LONDON")
                .formParam("digest", "WEEKLY")
                .formParam("maxInvitationsPerMonth", "lots")
                .formParam("quietUntil-day", "31")
                .formParam("quietUntil-month", "2")
                .formParam("quietUntil-year", "2030")
                .post("/account/profile")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(page)
                .containsSubsequence(
                        "There is a problem",
                        "<a href=\"#displayName\">Enter the name you want to be shown",
                        "<a href=\"#maxInvitationsPerMonth\">Enter the most invitations as a whole number, like 4",
                        "<a href=\"#quietUntil-day\">The end of your quiet period must be a real date");
        assertThat(page)
                .contains("id=\"maxInvitationsPerMonth-error\"")
                .contains("value=\"lots\"")
                .contains(
                        "id=\"quietUntil-day\" name=\"quietUntil-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")
                .doesNotContain("contact.maxInvitationsPerMonth")
                .doesNotContain("expected Integer");
    }

    @Test
    void aLimitTheServiceRefusesIsNamedOnItsFieldInWelsh() {
        String page = member("cy")
                .formParam("displayName", "Amara")
                .formParam("perspectives", "CARER")
                .formParam("region", "LONDON")
                .formParam("digest", "WEEKLY")
                .formParam("maxInvitationsPerMonth", "20")
                .post("/account/profile")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(page)
                .contains("<a href=\"#maxInvitationsPerMonth\">Rhowch nifer o wahoddiadau o 0 i 31")
                .contains("value=\"20\"")
                .doesNotContain("words no page should show")
                .doesNotContain("contact.maxInvitationsPerMonth");
    }

    @Test
    void aLimitOverTheMostIsCaughtBeforeTheServiceIsAsked() {
        String page = member("en")
                .formParam("displayName", "Amara")
                .formParam("perspectives", "CARER")
                .formParam("region", "LONDON")
                .formParam("maxInvitationsPerMonth", "45")
                .post("/account/profile")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(page).contains("Enter a number of invitations from 0 to 31, or leave it empty for no limit");
    }

    @Test
    void aLongAnswerInWelshReachesTheServiceAndComesBackWithWordsNotAForbiddenPage() {
        String answer = "â".repeat(9000); // 9,000 characters, 54,000 bytes in the posted form
        member("cy")
                .formParam("answer-p1", answer)
                .formParam("action", "continue")
                .post("/consultations/6f1c1c1e-0000-4000-8000-000000000001/answer/1")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Dewiswch ateb"));
        assertThat(EchoBackendResource.last("PUT").body()).contains(answer);
    }
}
