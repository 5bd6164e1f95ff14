package org.advisoryforum.gateway.web.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.EchoBackendResource;
import org.advisoryforum.gateway.web.members.StaffPagesBackend;
import org.advisoryforum.gateway.web.members.WelshBundles;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The staff pages for the response clock, an action's evidence and the traces (web.evidence) against the recording
 * backend: the due date set in UK days and refused in words, the rule's "commitment without a date" before
 * publishing, evidence with a status (tracking's codes beside the fields), the trace back and the trace forward.
 */
@QuarkusTest
class EvidencePagesTest {

    private static final String CSRF = "e".repeat(43);
    private static final String CLOCK = "/staff/consultations/" + StaffPagesBackend.TRACKED + "/response-clock";
    private static final String ACTION =
            "/staff/consultations/" + StaffPagesBackend.TRACKED + "/actions/" + StaffPagesBackend.DATED;

    @Test
    void staffSetTheOutcomeDueDateAndSeeUndatedCommitmentsBeforePublishing() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get(CLOCK)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("24 December 2026"))
                .body(containsString("value=\"24\""))
                .body(containsString("A commitment without a date"))
                .body(containsString("href=\"/staff/consultations/" + StaffPagesBackend.TRACKED + "/actions/"
                        + StaffPagesBackend.UNDATED + "\""))
                .body(not(containsString("actions/" + StaffPagesBackend.DATED + "\"")));

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("day", "15")
                .formParam("month", "1")
                .formParam("year", "2027")
                .post(CLOCK)
                .then()
                .statusCode(303)
                .header("Location", containsString(CLOCK + "?saved=true"));
        assertThat(StaffPagesBackend.LAST_WRITE.get())
                .isEqualTo("PUT /api/tracking/consultations/" + StaffPagesBackend.TRACKED
                        + "/outcome-due {\"outcomeDueBy\":\"2027-01-15\"}");

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("day", "20")
                .formParam("month", "9")
                .formParam("year", "2026")
                .post(CLOCK)
                .then()
                .statusCode(400)
                .body(containsString("href=\"#due-day\">The due date must not be before the consultation closes"))
                .body(not(containsString("words no page should show")))
                .body(containsString("value=\"20\""));
        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("day", "31")
                .formParam("month", "2")
                .formParam("year", "2027")
                .post(CLOCK)
                .then()
                .statusCode(400)
                .body(containsString("Rhowch ddyddiad go iawn"));
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void evidenceIsSentWithTheStatusAndTrackingsRefusalsAreWordedBesideTheFields() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get(ACTION + "/evidence")
                .then()
                .statusCode(200)
                .body(containsString("https://example.org/rates"))
                .body(containsString("30 June 2027"))
                .body(containsString("name=\"csrf\""));

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("status", "IMPLEMENTED")
                .formParam("description", "Claims are now paid within ten working days")
                .post(ACTION + "/evidence")
                .then()
                .statusCode(303)
                .header("Location", containsString(ACTION + "/evidence?saved=true"));
        assertThat(StaffPagesBackend.LAST_WRITE.get())
                .isEqualTo(
                        "POST /api/tracking/actions/" + StaffPagesBackend.DATED
                                + "/status {\"status\":\"IMPLEMENTED\",\"evidence\":{\"description\":\"Claims are now paid within ten working days\"}}");

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("status", "IMPLEMENTED")
                .post(ACTION + "/evidence")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#documentUrl\">Give a link to a published document or say what changed"));
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("status", "IMPLEMENTED")
                .formParam("description", "We will pay people sooner next year")
                .post(ACTION + "/evidence")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#description\">Say what has changed, not what will change"))
                .body(containsString("We will pay people sooner next year"));
        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("status", "PARTLY_ADOPTED")
                .formParam("documentUrl", "ftp://x")
                .post(ACTION + "/evidence")
                .then()
                .statusCode(400)
                .body(containsString("Rhowch y rheswm"))
                .body(containsString("https:// neu http://"));
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void recordingAnActionSendsItsReviewDateAndEvidenceLinkAndDescription() {
        String consultation = "6f1c1c1e-0000-4000-8000-000000000002";
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("keyPointId", "9b1c1c1e-0000-4000-8000-0000000000e1")
                .formParam("description", "Claims are paid within ten working days")
                .formParam("status", "IMPLEMENTED")
                .formParam("owner", "Finance")
                .formParam("dueDate", "")
                .formParam("reviewDate", "2027-06-30")
                .formParam("evidenceSection", "")
                .formParam("evidenceUrl", "https://example.org/rates")
                .formParam("evidenceDescription", "Claims are now paid within ten working days")
                .post("/staff/consultations/" + consultation + "/actions")
                .then()
                .statusCode(303);
        assertThat(EchoBackendResource.LAST.get().pathAndQuery()).isEqualTo("/api/tracking/actions");
        assertThat(EchoBackendResource.LAST.get().body())
                .contains(
                        "\"reviewDate\":\"2027-06-30\"",
                        "\"evidence\":{\"documentUrl\":\"https://example.org/rates\",\"description\":\"Claims are now paid within ten working days\"}")
                .doesNotContain("sectionKey")
                .doesNotContain("dueDate");
    }

    @Test
    void staffTraceAnActionBackToItsAnswersAndAnAnswerForwardToItsActions() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get(ACTION + "/trace")
                .then()
                .statusCode(200)
                .body(containsString("Pay is late"))
                .body(containsString("I waited two months for my money"))
                .body(containsString("Answer to question p3"))
                .body(containsString("Comment on section rates"))
                .body(containsString("Words not shown: the author did not allow quoting."))
                .body(containsString("href=\"/staff/answers/" + StaffPagesBackend.INPUT + "/outcomes?consultation="
                        + StaffPagesBackend.TRACKED + "\""));
        given().auth()
                .oauth2(token)
                .get("/staff/answers/" + StaffPagesBackend.INPUT + "/outcomes?consultation="
                        + StaffPagesBackend.TRACKED)
                .then()
                .statusCode(200)
                .body(containsString("Paying people for their involvement"))
                .body(containsString("Pay is late"))
                .body(containsString("href=\"" + ACTION + "\""))
                .body(containsString("In progress"));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get(ACTION + "/trace")
                .then()
                .statusCode(200)
                .body(containsString("O ble y daeth y cam gweithredu hwn"));
    }

    @Test
    void theImpactPageShowsTheShareOfOutcomesOnTimeAndTheMedianDaysInBothLanguages() {
        given().get("/impact")
                .then()
                .statusCode(200)
                .body(containsString("Median days from closing to the outcome"))
                .body(containsString(">41<"))
                .body(containsString("Outcomes published by their due date"))
                .body(containsString("75% (1 overdue now)"));
        given().cookie("af_lang", "cy")
                .get("/impact")
                .then()
                .statusCode(200)
                .body(containsString("Canlyniadau a gyhoeddwyd erbyn eu dyddiad dyledus"))
                .body(containsString("1 yn hwyr nawr"));
    }

    @Test
    void membersCannotReachTheEvidencePagesAndEveryFormIsCsrfChecked() {
        String member = Tokens.accessToken("amara");
        given().auth().oauth2(member).get(CLOCK).then().statusCode(403);
        given().auth()
                .oauth2(member)
                .get(ACTION + "/trace")
                .then()
                .statusCode(403)
                .body(not(containsString("I waited two months")));
        given().auth()
                .oauth2(member)
                .get("/staff/answers/" + StaffPagesBackend.INPUT + "/outcomes")
                .then()
                .statusCode(403);
        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.URLENC)
                .formParam("day", "1")
                .formParam("month", "1")
                .formParam("year", "2027")
                .post(CLOCK)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.URLENC)
                .formParam("status", "IMPLEMENTED")
                .post(ACTION + "/evidence")
                .then()
                .statusCode(403);
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void everyEvidenceMessageHasItsWelsh() throws Exception {
        WelshBundles.assertWelshComplete(EvidenceMsg.class);
    }
}
