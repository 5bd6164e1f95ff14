package org.advisoryforum.gateway.web.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.gateway.EchoBackendResource;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The meeting pages (web.meetings) against the recording backend: the public outcomes page, a member's reply with their
 * access needs, and staff scheduling, inviting, recording attendance and publishing minutes; each form CSRF-checked.
 */
@QuarkusTest
class MeetingPagesTest {

    private static final String CSRF = "m".repeat(43);

    @Test
    void thePublicSeesEachMeetingsOutcomesWithStatusesAndCountsInBothLanguages() {
        given().get("/meetings")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("href=\"/meetings/" + MeetingsBackend.PAST + "\""));
        given().get("/meetings/" + MeetingsBackend.PAST)
                .then()
                .statusCode(200)
                .body(containsString("Forum meeting in Leeds"))
                .body(containsString("Members asked for the rates of pay in plain language."))
                .body(containsString("3 members of the forum took part."))
                .body(containsString("Publish the rates of pay in plain language"))
                .body(containsString("Engagement team"))
                .body(containsString("31 January 2027"))
                .body(containsString("Claims are now paid within ten working days."))
                .body(not(containsString("Papers in large print")));
        given().cookie("af_lang", "cy")
                .get("/meetings/" + MeetingsBackend.PAST)
                .then()
                .statusCode(200)
                .body(containsString("Beth a gytunwyd, a beth ddaeth ohono"))
                .body(containsString("Cymerodd 3 o aelodau"));
        given().get("/meetings/not-a-meeting").then().statusCode(404);
    }

    @Test
    void aMemberRegistersWithTheirAccessNeedsAndIsToldWhenTheMeetingIsFull() {
        String token = Tokens.accessToken("amara");
        given().auth()
                .oauth2(token)
                .get("/account/meetings")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/account/meetings/" + MeetingsBackend.COMING + "\""));
        given().auth()
                .oauth2(token)
                .get("/account/meetings/" + MeetingsBackend.COMING)
                .then()
                .statusCode(200)
                .body(containsString("Can you come?"))
                .body(containsString("name=\"csrf\""))
                .body(containsString("Step-free access and a hearing loop"));

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("reply", "REGISTERED")
                .formParam("accessNeeds", "A BSL interpreter")
                .post("/account/meetings/" + MeetingsBackend.COMING + "/reply")
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/meetings/" + MeetingsBackend.COMING + "?sent=true"));
        EchoBackendResource.Seen sent = EchoBackendResource.LAST.get();
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.pathAndQuery())
                .isEqualTo("/api/forum/members/me/meetings/" + MeetingsBackend.COMING + "/reply");
        assertThat(sent.body()).contains("\"reply\":\"REGISTERED\"", "\"accessNeeds\":\"A BSL interpreter\"");
        assertThat(sent.authorization()).isEqualTo("Bearer " + token);

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/account/meetings/" + MeetingsBackend.COMING + "/reply")
                .then()
                .statusCode(400)
                .body(containsString("Choose whether you can come"))
                .body(containsString("govuk-error-summary"));
        given().auth()
                .oauth2(token)
                .cookie("af_lang", "cy")
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("reply", "REGISTERED")
                .post("/account/meetings/" + MeetingsBackend.FULL + "/reply")
                .then()
                .statusCode(409)
                .body(either(containsString("Mae&#39;r cyfarfod yn llawn"))
                        .or(containsString("Mae'r cyfarfod yn llawn")));
    }

    @Test
    void staffScheduleAMeetingInLondonTimeAndSeeTheServicesRefusalInWords() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .get("/staff")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/staff/meetings\""));
        given().auth()
                .oauth2(token)
                .get("/staff/meetings")
                .then()
                .statusCode(200)
                .body(containsString("Schedule a meeting"))
                .body(containsString("name=\"csrf\""));
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("title", "Summer forum")
                .formParam("day", "1")
                .formParam("month", "7")
                .formParam("year", "2027")
                .formParam("startTime", "14:30")
                .formParam("endTime", "16:00")
                .formParam("format", "IN_PERSON")
                .formParam("place", "Cardiff Bay")
                .formParam("payment", "£50.00")
                .formParam("agenda0Title", "Rates of pay")
                .formParam("agenda0Consultation", "6f1c1c1e-0000-4000-8000-000000000001")
                .formParam("agenda0Section", "rates")
                .post("/staff/meetings")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/meetings/" + MeetingsBackend.PAST));
        EchoBackendResource.Seen sent = EchoBackendResource.LAST.get();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/forum/meetings");
        assertThat(sent.body())
                .contains(
                        "\"startsAt\":\"2027-07-01T13:30:00Z\"",
                        "\"endsAt\":\"2027-07-01T15:00:00Z\"",
                        "\"payment\":\"50.00\"",
                        "\"sectionKey\":\"rates\"",
                        "\"place\":\"Cardiff Bay\"");

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("title", "Online forum")
                .formParam("day", "1")
                .formParam("month", "7")
                .formParam("year", "2027")
                .formParam("startTime", "9:00")
                .formParam("endTime", "10:00")
                .formParam("format", "ONLINE")
                .formParam("joiningLink", "http://refused.example.org")
                .post("/staff/meetings")
                .then()
                .statusCode(400)
                .body(containsString("it must be an https:// address"))
                .body(containsString("value=\"http://refused.example.org\""));
        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("title", "No day")
                .formParam("startTime", "9")
                .post("/staff/meetings")
                .then()
                .statusCode(400)
                .body(containsString("Enter the day as numbers"));
    }

    @Test
    void staffInviteRecordAttendanceAndPublishMinutesOfAMeetingThatHasEnded() {
        String token = Tokens.accessToken("sam");
        String page = "/staff/meetings/" + MeetingsBackend.PAST;
        given().auth()
                .oauth2(token)
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("Amara Okafor"))
                .body(containsString("Papers in large print"))
                .body(containsString("value=\"" + MeetingsBackend.INVITEE + "\""))
                .body(containsString("Publish the minutes"));

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("attended", MeetingsBackend.INVITEE)
                .post(page + "/attendance")
                .then()
                .statusCode(200)
                .body(containsString("Attendance recorded: 1 new, 0 already recorded"));
        assertThat(MeetingsBackend.LAST_WRITE.get())
                .startsWith("POST /api/forum/meetings/" + MeetingsBackend.PAST + "/attendance")
                .contains("\"attended\":[\"" + MeetingsBackend.INVITEE + "\"]");

        given().auth()
                .oauth2(token)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post(page + "/invite")
                .then()
                .statusCode(200)
                .body(containsString("2 invited, 1 held back by their contact limit"));
        assertThat(MeetingsBackend.LAST_WRITE.get())
                .isEqualTo("POST /api/forum/meetings/" + MeetingsBackend.PAST + "/invitations {\"memberIds\":[]}");

        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .cookie("af_csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .formParam("summary", "We talked about pay.")
                .formParam("action0What", "Publish the rates")
                .formParam("action0Owner", "Engagement team")
                .formParam("action0Due", "2027-01-31")
                .post(page + "/minutes")
                .then()
                .statusCode(303)
                .header("Location", containsString(page + "?done=minutes"));
        assertThat(EchoBackendResource.LAST.get().body())
                .contains(
                        "\"summary\":\"We talked about pay.\"",
                        "\"what\":\"Publish the rates\"",
                        "\"owner\":\"Engagement team\"",
                        "\"dueDate\":\"2027-01-31\"");
    }

    @Test
    void onlyStaffReachTheStaffPagesOnlyMembersTheirsAndEveryFormIsCsrfChecked() {
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/meetings")
                .then()
                .statusCode(403)
                .body(not(containsString("Papers in large print")));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/staff/meetings/" + MeetingsBackend.PAST)
                .then()
                .statusCode(403)
                .body(not(containsString("Papers in large print")));
        given().redirects()
                .follow(false)
                .get("/account/meetings")
                .then()
                .statusCode(either(is(302)).or(is(401)));
        EchoBackendResource.LAST.set(null);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.URLENC)
                .formParam("attended", MeetingsBackend.INVITEE)
                .post("/staff/meetings/" + MeetingsBackend.PAST + "/attendance")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType(ContentType.URLENC)
                .formParam("reply", "REGISTERED")
                .post("/account/meetings/" + MeetingsBackend.COMING + "/reply")
                .then()
                .statusCode(403);
        assertThat(EchoBackendResource.LAST.get()).isNull();
    }
}
