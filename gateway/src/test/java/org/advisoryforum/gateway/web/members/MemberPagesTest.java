package org.advisoryforum.gateway.web.members;

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
 * The staff member pages (web.members) against the recording backend: search, a member's profile with accessibility
 * needs, term, position and ceased date, their ledger, recording an activity (field errors in the error summary, the
 * service's refusal by code), and the admin's erasure behind a confirmation page; staff only, every form CSRF-checked.
 */
@QuarkusTest
class MemberPagesTest {

    private static final String CSRF = "s".repeat(43);

    @Test
    void staffFindMembersByNamePerspectiveAndRegionThroughForumServicesSearch() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/members\""));
        given().auth()
                .oauth2(token)
                .get("/staff/members")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("2 members found"))
                .body(containsString("href=\"/staff/members/" + StaffPagesBackend.AMARA + "\""))
                .body(containsString("Chair"))
                .body(containsString("Left the forum"));
        given().auth()
                .oauth2(token)
                .queryParam("name", "okaf")
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("1 members found"))
                .body(containsString("Amara Okafor"))
                .body(not(containsString("David Jones")));
        assertThat(StaffPagesBackend.LAST_SEARCH.get())
                .as("the search is forum-service's")
                .isEqualTo("name=okaf");
        given().auth()
                .oauth2(token)
                .queryParam("perspective", "SOCIAL_WORKER")
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("David Jones"))
                .body(not(containsString("Amara Okafor")));
        given().auth()
                .oauth2(token)
                .queryParam("region", "LONDON")
                .queryParam("perspective", "CARER")
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("Amara Okafor"))
                .body(not(containsString("David Jones")))
                .body(containsString("value=\"LONDON\" selected"));
        assertThat(StaffPagesBackend.LAST_SEARCH.get()).isEqualTo("perspective=CARER&region=LONDON");
        given().auth()
                .oauth2(token)
                .queryParam("region", "NOT_A_REGION")
                .queryParam("name", "  ")
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("2 members found"));
        assertThat(StaffPagesBackend.LAST_SEARCH.get())
                .as("what no member can match is not sent")
                .isEmpty();
        given().auth()
                .oauth2(token)
                .queryParam("name", "x".repeat(101))
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("No member matches your search."));
        given().auth()
                .oauth2(token)
                .queryParam("region", "NORTH_EAST")
                .get("/staff/members")
                .then()
                .statusCode(200)
                .body(containsString("No member matches your search."));
    }

    @Test
    void aMembersPageShowsTheirNeedsTermPositionCeasedDateAndLedgerInBothLanguages() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff/members/" + StaffPagesBackend.AMARA)
                .then()
                .statusCode(200)
                .body(containsString("Large print"))
                .body(containsString("Breaks every 30 minutes"))
                .body(containsString("10 January 2026"))
                .body(containsString("9 January 2028"))
                .body(containsString("Chair"))
                .body(containsString("Forum meeting in Leeds"))
                .body(containsString("120 minutes"))
                .body(containsString("Record an activity"))
                .body(containsString("name=\"csrf\""))
                .body(not(containsString("/erase")));
        given().auth()
                .oauth2(token)
                .get("/staff/members/" + StaffPagesBackend.DAVID)
                .then()
                .statusCode(200)
                .body(containsString("Membership ceased on"))
                .body(containsString("30 September 2026"));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .get("/staff/members/" + StaffPagesBackend.AMARA)
                .then()
                .statusCode(200)
                .body(containsString("Cofnod cyfranogiad"))
                .body(containsString("Cofnodi gweithgaredd"))
                .body(containsString("120 munud"));
        given().auth().oauth2(token).get("/staff/members/not-a-member").then().statusCode(404);
    }

    @Test
    void recordingAnActivitySendsItAndShowsEveryProblemInTheErrorSummary() {
        String token = Tokens.accessToken("sam");
        String page = "/staff/members/" + StaffPagesBackend.AMARA;
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("kind", "MEETING")
                .formParam("description", "Planning group")
                .formParam("durationMinutes", "90")
                .formParam("occurred-day", "2")
                .formParam("occurred-month", "7")
                .formParam("occurred-year", "2026")
                .post(page + "/activities")
                .then()
                .statusCode(303)
                .header("Location", containsString(page + "?recorded=true"));
        assertThat(StaffPagesBackend.LAST_WRITE.get())
                .startsWith("POST /api/forum/members/" + StaffPagesBackend.AMARA + "/activities")
                .contains(
                        "\"kind\":\"MEETING\"",
                        "\"description\":\"Planning group\"",
                        "\"durationMinutes\":90",
                        "\"occurredAt\":\"2026-07-01T23:00:00Z\"");

        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("description", "x".repeat(201))
                .formParam("durationMinutes", "lots")
                .formParam("occurred-day", "31")
                .formParam("occurred-month", "2")
                .formParam("occurred-year", "2026")
                .post(page + "/activities")
                .then()
                .statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#kind-MEETING\">Choose a meeting or another activity"))
                .body(containsString("href=\"#description\">What they did must be 200 characters or fewer"))
                .body(containsString("href=\"#durationMinutes\">Enter how long it took as a whole number of minutes"))
                .body(containsString("href=\"#occurred-day\">Enter a real date"))
                .body(containsString("value=\"lots\""));
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("kind", "OTHER")
                .formParam("durationMinutes", "30")
                .formParam("occurred-day", "1")
                .formParam("occurred-month", "1")
                .formParam("occurred-year", "2999")
                .post(page + "/activities")
                .then()
                .statusCode(400)
                .body(containsString("Enter what they did"))
                .body(containsString("The date must be today or in the past"));
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();

        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("kind", "OTHER")
                .formParam("description", "refused by the forum")
                .formParam("durationMinutes", "30")
                .formParam("occurred-day", "1")
                .formParam("occurred-month", "6")
                .formParam("occurred-year", "2026")
                .post(page + "/activities")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#description\">Rhaid i beth wnaethon nhw fod yn 200 nod neu lai"))
                .body(not(containsString("words no page should show")));
    }

    @Test
    void onlyTheAdminSeesAndCarriesOutTheErasureAfterAConfirmationPage() {
        String admin = Tokens.accessToken("ada");
        String page = "/staff/members/" + StaffPagesBackend.DAVID;
        given().auth()
                .oauth2(admin)
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("href=\"" + page + "/erase\""));
        given().auth()
                .oauth2(admin)
                .get(page + "/erase")
                .then()
                .statusCode(200)
                .body(either(containsString("Erase this member&#39;s personal data?"))
                        .or(containsString("Erase this member's personal data?")))
                .body(containsString("David Jones"))
                .body(containsString("action=\"" + page + "/erase\""));

        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get(page + "/erase")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(page + "/erase")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.URLENC)
                .post(page + "/erase")
                .then()
                .statusCode(403);
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();

        given().auth()
                .oauth2(admin)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(page + "/erase")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/members?erased=true"));
        assertThat(StaffPagesBackend.LAST_WRITE.get())
                .isEqualTo("DELETE /api/forum/members/" + StaffPagesBackend.DAVID + " ");
        given().auth()
                .oauth2(admin)
                .get("/staff/members?erased=true")
                .then()
                .statusCode(200)
                .body(containsString("personal data has been erased"));
    }

    @Test
    void membersAndAnonymousVisitorsCannotReachTheMemberPages() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/members")
                .then()
                .statusCode(403)
                .body(not(containsString("Amara Okafor")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/members/" + StaffPagesBackend.AMARA)
                .then()
                .statusCode(403)
                .body(not(containsString("Breaks every 30 minutes")));
        given().redirects()
                .follow(false)
                .get("/staff/members")
                .then()
                .statusCode(either(is(302)).or(is(401)));
        StaffPagesBackend.LAST_WRITE.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("kind", "OTHER")
                .post("/staff/members/" + StaffPagesBackend.AMARA + "/activities")
                .then()
                .statusCode(403);
        assertThat(StaffPagesBackend.LAST_WRITE.get()).isNull();
    }

    @Test
    void everyMembersMessageHasItsWelsh() throws Exception {
        WelshBundles.assertWelshComplete(MembersMsg.class);
    }
}
