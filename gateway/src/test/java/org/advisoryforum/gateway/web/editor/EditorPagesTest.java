package org.advisoryforum.gateway.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The staff editor sends a removal and lets consultation-service decide (issue 14): a section questions belong to and
 * a question another depends on are refused there, by code, and the page words the code in English or Welsh, never
 * the service's text.
 */
@QuarkusTest
class EditorPagesTest {

    private static final String CSRF = "e".repeat(43);
    private static final String EDIT = "/staff/consultations/" + EditorBackend.DRAFT + "/edit";
    private static String token;

    private static synchronized String token() {
        if (token == null) {
            token = Tokens.accessToken("sam");
        }
        return token;
    }

    private static RequestSpecification posting(String lang) {
        return given().auth()
                .oauth2(token())
                .redirects()
                .follow(false)
                .cookie("af_lang", lang)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF);
    }

    @Test
    void removingASectionQuestionsBelongToIsSentAndTheServicesRefusalWordedInEnglishAndWelsh() {
        EditorBackend.LAST_WRITE.set(null);
        String english = posting("en")
                .post(EDIT + "/sections/rates/remove")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(EditorBackend.LAST_WRITE.get())
                .startsWith("PUT /api/consultations/" + EditorBackend.DRAFT + "/draft")
                .contains("\"travel\"")
                .doesNotContain("\"rates\"");
        assertThat(english)
                .contains("Questions belong to this section. Move them to another section or remove them first.")
                .doesNotContain("words no page should show");
        String welsh = posting("cy")
                .post(EDIT + "/sections/rates/remove")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(welsh)
                .contains("Mae cwestiynau&#39;n perthyn i&#39;r adran hon.")
                .doesNotContain("words no page should show");
    }

    @Test
    void aSectionNoQuestionBelongsToGoesAndTheEditorShowsAgain() {
        posting("en")
                .post(EDIT + "/sections/travel/remove")
                .then()
                .statusCode(303)
                .header("Location", endsWith(EDIT));
        assertThat(EditorBackend.LAST_WRITE.get())
                .contains("/draft")
                .contains("\"rates\"")
                .doesNotContain("\"travel\"");
    }

    @Test
    void removingAQuestionAnotherIsAskedAfterIsTheServicesRefusalInWords() {
        String page = posting("en")
                .post(EDIT + "/questions/p1/remove")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(EditorBackend.LAST_WRITE.get())
                .contains("/questions")
                .contains("\"key\":\"p2\"")
                .doesNotContain("\"key\":\"p1\"");
        assertThat(page)
                .contains("Another question is asked only after an answer to this one. Change that question first.")
                .doesNotContain("words no page should show");
    }
}
