package org.advisoryforum.gateway.web.mydata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.advisoryforum.gateway.EchoBackendResource;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Download my data" and "your consent history" (web.mydata) against the recording backend: one file from the three
 * services asked with the member's token, a clear page and no file when one of them is away, members only, Welsh.
 */
@QuarkusTest
class MyDataPagesTest {

    private static final String CSRF = "d".repeat(43);

    @AfterEach
    void everyServiceUpAgain() {
        MyDataBackend.DOWN.set(null);
    }

    @Test
    void aMemberDownloadsOneFileWithWhatEachServiceHoldsAboutThem() throws Exception {
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/account/my-data\""))
                .body(containsString("href=\"/account/consent-history\""));
        given().auth()
                .oauth2(token)
                .get("/account/my-data")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("action=\"/account/my-data/download\""))
                .body(containsString("Download my data"))
                .body(containsString("notes staff keep about safeguarding concerns"));

        EchoBackendResource.ALL.clear();
        var download = given().auth()
                .oauth2(token)
                .get("/account/my-data/download")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header(
                        "Content-Disposition",
                        "attachment; filename=my-data-" + LocalDate.now(ZoneId.of("Europe/London")) + ".json")
                .header("Cache-Control", containsString("no-store"))
                .extract()
                .asString();
        JsonNode file = new ObjectMapper().readTree(download);
        assertThat(file.fieldNames()).toIterable().containsExactly("generatedAt", "forum", "consultations", "tracking");
        assertThat(file.path("forum").path("profile").path("displayName").asText())
                .isEqualTo("Amara O.");
        assertThat(file.path("forum").path("consentHistory").findValuesAsText("channel"))
                .containsExactly("ACCOUNT_PAGE", "JOINING");
        assertThat(file.path("consultations")
                        .path("responses")
                        .get(0)
                        .path("answers")
                        .get(0)
                        .path("value")
                        .asText())
                .isEqualTo("Pay people on the day, in plain words.");
        assertThat(file.path("tracking")
                        .path("confirmations")
                        .get(0)
                        .path("verdict")
                        .asText())
                .isEqualTo("REFLECTS");

        List<EchoBackendResource.Seen> calls = EchoBackendResource.ALL.stream()
                .filter(s -> Set.of(MyDataBackend.FORUM, MyDataBackend.CONSULTATIONS, MyDataBackend.TRACKING)
                        .contains(s.pathAndQuery()))
                .toList();
        assertThat(calls)
                .extracting(EchoBackendResource.Seen::pathAndQuery)
                .containsExactlyInAnyOrder(MyDataBackend.FORUM, MyDataBackend.CONSULTATIONS, MyDataBackend.TRACKING);
        assertThat(calls).allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void whenAServiceIsAwayTheMemberIsToldWhatCouldNotBeGatheredAndGetsNoFile() {
        String token = Tokens.accessToken("amara");
        MyDataBackend.DOWN.set(MyDataBackend.TRACKING);
        given().auth()
                .oauth2(token)
                .get("/account/my-data/download")
                .then()
                .statusCode(503)
                .contentType(ContentType.HTML)
                .header("Content-Disposition", nullValue())
                .header("Retry-After", "5")
                .body(containsString("Sorry, we could not gather your data"))
                .body(containsString("what became of your answers"))
                .body(not(containsString("your answers to consultations</li>")))
                .body(not(containsString("Pay people on the day")));
        MyDataBackend.DOWN.set(MyDataBackend.FORUM);
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/account/my-data/download")
                .then()
                .statusCode(503)
                .header("Content-Disposition", nullValue())
                .body(containsString("ni allem gasglu eich data"))
                .body(either(containsString("eich aelodaeth o&#39;r fforwm"))
                        .or(containsString("eich aelodaeth o'r fforwm")));
    }

    @Test
    void theConsentHistoryShowsEachVersionNewestFirstWithWhenAndHowInBothLanguages() {
        String token = Tokens.accessToken("amara");
        String page = given().auth()
                .oauth2(token)
                .get("/account/consent-history")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Your consent history"))
                .body(containsString("govuk-table"))
                .body(containsString("On your account page"))
                .body(containsString("When you joined"))
                .body(containsString("Quote me without my name"))
                .body(containsString("Do not quote me"))
                .extract()
                .asString();
        assertThat(page.indexOf("On your account page")).isLessThan(page.indexOf("When you joined"));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/account/consent-history")
                .then()
                .statusCode(200)
                .body(containsString("Hanes eich caniatâd"))
                .body(containsString("Ar dudalen eich cyfrif"));
    }

    @Test
    void theAccountPageKeepsWhereTheMemberChangedTheirConsent() {
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("quote", "ANONYMOUS")
                .formParam("useInStatistics", "yes")
                .post("/account/consent")
                .then()
                .statusCode(303);
        EchoBackendResource.Seen sent = EchoBackendResource.LAST.get();
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.pathAndQuery()).isEqualTo("/api/forum/members/me/consents");
        assertThat(sent.body()).contains("\"quote\":\"ANONYMOUS\"", "\"via\":\"ACCOUNT_PAGE\"");
    }

    @Test
    void onlyMembersReachTheirDataAndTheirConsentHistory() {
        for (String path : List.of("/account/my-data", "/account/my-data/download", "/account/consent-history")) {
            given().redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("openid-connect/auth"));
            given().auth().oauth2(Tokens.accessToken("sam")).get(path).then().statusCode(403);
        }
    }

    @Test
    void everyMessageHasAWelshTranslationAndNoWelshKeyIsStale() throws Exception {
        Set<String> english = Arrays.stream(MyDataMsg.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties welsh = new Properties();
        String name = MyDataMsg.class.getAnnotation(MessageBundle.class).value();
        try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_cy.properties")) {
            assertThat(in).isNotNull();
            welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(welsh.stringPropertyNames()).isEqualTo(english);
        welsh.forEach(
                (key, text) -> assertThat(text.toString()).as("Welsh " + key).isNotBlank());
    }
}
