package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The staff pages for suggested themes (web.themes) against the recording backend: staff only, the suggestions in
 * words in both languages, each form sends the typed call to consultation-service and comes back to the page, and a
 * refusal is worded by its code with nothing else sent.
 */
@QuarkusTest
class ThemesPagesTest {

    private static final String CSRF = "b".repeat(43);
    private static final String PAGE = "/staff/consultations/" + ThemesBackend.CONSULTATION + "/themes";
    private static final String API = "/api/consultations/" + ThemesBackend.CONSULTATION;

    private static String html(String text) {
        return text.replace("'", "&#39;");
    }

    @Test
    void onlyStaffReachTheThemesPages() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get(PAGE + "/q1")
                .then()
                .statusCode(403)
                .body(not(containsString("pension credit")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(PAGE + "/q1/suggest")
                .then()
                .statusCode(403);
    }

    @Test
    void staffSeeEachSuggestionWithItsPhrasesAnswersNearTheCentreSizeAndTheKeyPointsProvenance() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get(PAGE + "/q1")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("What would make the payment policy work for you?"))
                .body(containsString("benefits, pension credit, advice"))
                .body(containsString("benefits; pension credit; advice"))
                .body(containsString("Make sure people on benefits are not worse off."))
                .body(containsString("Waiting for a decision"))
                .body(containsString("Accepted as a key point"))
                .body(containsString("shared words (answers in Welsh)"))
                .body(containsString("Accepted from suggested themes by sam"))
                .body(containsString("Made by hand by grace"))
                .body(containsString("/themes/q1/" + ThemesBackend.BENEFITS + "/accept"))
                .body(containsString("/themes/q1/" + ThemesBackend.BENEFITS + "/merge"))
                .body(containsString("/themes/q1/" + ThemesBackend.BENEFITS + "/reject"))
                .body(not(containsString("/themes/q1/" + ThemesBackend.DECIDED + "/accept")))
                .body(containsString("name=\"csrf\""));
        assertThat(EchoBackendResource.LAST.get().authorization()).isEqualTo("Bearer " + token);
        given().auth()
                .oauth2(token)
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString(PAGE + "/q1"))
                .body(not(containsString(PAGE + "/q2")));
    }

    @Test
    void theThemesPagesAreInWelshToo() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_lang", "cy")
                .get(PAGE + "/q1")
                .then()
                .statusCode(200)
                .body(containsString(html("Themâu a awgrymir")))
                .body(containsString("Derbyn fel pwynt allweddol"))
                .body(containsString(html("Yn aros am benderfyniad")))
                .body(containsString(html("Wedi'i wneud â llaw gan grace")));
    }

    @Test
    void acceptingSendsTheLabelAndComesBackToThePage() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("label", "  Protect people's benefits ")
                .post(PAGE + "/q1/" + ThemesBackend.BENEFITS + "/accept")
                .then()
                .statusCode(303)
                .header("Location", containsString(PAGE + "/q1"));
        EchoBackendResource.Seen sent = EchoBackendResource.LAST.get();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.pathAndQuery()).isEqualTo(API + "/theme-suggestions/" + ThemesBackend.BENEFITS + "/accept");
        assertThat(sent.authorization()).isEqualTo("Bearer " + token);
        assertThat(sent.body()).isEqualTo("{\"label\":\"Protect people's benefits\"}");
    }

    @Test
    void suggestingRelabellingMergingAndRejectingEachSendTheirCall() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(PAGE + "/q1/suggest")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().pathAndQuery()).isEqualTo(API + "/questions/q1/theme-suggestions");
        assertThat(EchoBackendResource.LAST.get().method()).isEqualTo("POST");

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("label", "Benefits")
                .post(PAGE + "/q1/" + ThemesBackend.BENEFITS + "/label")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().method()).isEqualTo("PUT");
        assertThat(EchoBackendResource.LAST.get().body()).isEqualTo("{\"label\":\"Benefits\"}");

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("with", ThemesBackend.WELSH)
                .post(PAGE + "/q1/" + ThemesBackend.BENEFITS + "/merge")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().pathAndQuery())
                .isEqualTo(API + "/theme-suggestions/" + ThemesBackend.BENEFITS + "/merge");
        assertThat(EchoBackendResource.LAST.get().body()).isEqualTo("{\"with\":\"" + ThemesBackend.WELSH + "\"}");

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(PAGE + "/q1/" + ThemesBackend.WELSH + "/reject")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().pathAndQuery())
                .isEqualTo(API + "/theme-suggestions/" + ThemesBackend.WELSH + "/reject");
    }

    @Test
    void aBlankLabelIsNamedInTheErrorSummaryAndNothingIsSent() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("label", "   ")
                .post(PAGE + "/q1/" + ThemesBackend.BENEFITS + "/accept")
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#accept-" + ThemesBackend.BENEFITS + "\">Enter a label"));
        assertThat(EchoBackendResource.LAST.get().method())
                .as("only the page's data was read")
                .isEqualTo("GET");
    }

    @Test
    void aRefusalIsWordedByItsCodeInEitherLanguage() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("label", "Travel")
                .post(PAGE + "/q1/" + ThemesBackend.DECIDED + "/accept")
                .then()
                .statusCode(409)
                .body(containsString("This theme has already been decided"))
                .body(not(containsString("words no page should show")));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("label", "Travel")
                .post(PAGE + "/q1/" + ThemesBackend.DECIDED + "/accept")
                .then()
                .statusCode(409)
                .body(containsString(html("Mae penderfyniad wedi'i wneud ar y thema hon yn barod")));
    }

    @Test
    void anOpenConsultationOffersNoSuggestionsYetAndTheFormsNeedTheirToken() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/staff/consultations/" + ThemesBackend.OPEN + "/themes")
                .then()
                .statusCode(200)
                .body(containsString("Themes can be suggested once the consultation has closed."));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.URLENC)
                .formParam("label", "x")
                .post(PAGE + "/q1/" + ThemesBackend.BENEFITS + "/accept")
                .then()
                .statusCode(403);
    }
}
