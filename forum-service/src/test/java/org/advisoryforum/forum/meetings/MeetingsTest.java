package org.advisoryforum.forum.meetings;

import static io.restassured.RestAssured.given;
import static org.advisoryforum.forum.meetings.Meetings.attendance;
import static org.advisoryforum.forum.meetings.Meetings.inPerson;
import static org.advisoryforum.forum.meetings.Meetings.invite;
import static org.advisoryforum.forum.meetings.Meetings.reply;
import static org.advisoryforum.forum.meetings.Meetings.rows;
import static org.advisoryforum.forum.meetings.Meetings.schedule;
import static org.advisoryforum.forum.meetings.Meetings.scheduled;
import static org.advisoryforum.forum.meetings.Meetings.tookPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/** Staff schedule meetings and invite members; members register or decline; attendance reaches the ledger. */
@QuarkusTest
class MeetingsTest {

    @Inject
    EntityManager em;

    @Test
    void staffScheduleAHybridMeetingWhoseAgendaLinksAConsultationAndADraftSection() {
        UUID consultation = UUID.randomUUID();
        Map<String, Object> body = inPerson("Forum meeting: paying people for their involvement");
        body.put("format", "HYBRID");
        body.put("joiningLink", "https://meet.example.org/forum-december");
        body.put("capacity", 20);
        body.put("payment", "50.00");
        body.put(
                "agenda",
                List.of(
                        Map.of("title", "Welcome"),
                        Map.of(
                                "title",
                                "The draft's rates of pay",
                                "consultationId",
                                consultation.toString(),
                                "sectionKey",
                                "rates")));
        String id = scheduled(body);

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + id)
                .then()
                .statusCode(200)
                .body("meeting.format", equalTo("HYBRID"))
                .body("meeting.place", equalTo("Civic Centre, Leeds, room 4"))
                .body("meeting.joiningLink", equalTo("https://meet.example.org/forum-december"))
                .body("meeting.payment", equalTo(50.00f))
                .body("meeting.agenda.title", equalTo(List.of("Welcome", "The draft's rates of pay")))
                .body("meeting.agenda[1].consultationId", equalTo(consultation.toString()))
                .body("meeting.agenda[1].sectionKey", equalTo("rates"))
                .body("meeting.agenda[0].consultationId", nullValue())
                .body("invitees", hasSize(0));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void schedulingRefusesEachBadFieldWithItsReasonAndWritesNothing() {
        long before = rows(em, "select count(*) from meeting");
        refused(b -> b.put("endsAt", b.get("startsAt")), "endsAt", "before_start");
        refused(
                b -> b.put(
                        "endsAt",
                        Instant.parse((String) b.get("startsAt"))
                                .minusSeconds(60)
                                .toString()),
                "endsAt",
                "before_start");
        refused(
                b -> b.put(
                        "endsAt",
                        Instant.parse((String) b.get("startsAt"))
                                .plus(Duration.ofHours(25))
                                .toString()),
                "endsAt",
                "too_long");
        refused(
                b -> {
                    b.put("startsAt", Instant.now().minus(Duration.ofDays(1)).toString());
                    b.put(
                            "endsAt",
                            Instant.now()
                                    .minus(Duration.ofDays(1))
                                    .plus(Duration.ofHours(2))
                                    .toString());
                },
                "startsAt",
                "in_past");
        refused(b -> b.remove("place"), "place", "required_for_format");
        refused(b -> b.put("format", "ONLINE"), "joiningLink", "required_for_format");
        refused(
                b -> {
                    b.put("format", "ONLINE");
                    b.put("joiningLink", "http://meet.example.org/plain");
                },
                "joiningLink",
                "not_https");
        refused(
                b -> b.put("agenda", List.of(Map.of("title", "Rates", "sectionKey", "rates"))),
                "agenda[0].sectionKey",
                "needs_consultation");
        refused(b -> b.put("payment", "12.345"), "payment", null);
        refused(b -> b.put("capacity", 0), "capacity", null);
        refused(b -> b.remove("title"), "title", null);
        schedule(Map.of("title", "x", "format", "BY_PIGEON")).statusCode(400).contentType("application/problem+json");
        assertThat(rows(em, "select count(*) from meeting")).isEqualTo(before);
    }

    private static void refused(Consumer<Map<String, Object>> change, String field, String code) {
        Map<String, Object> body = inPerson("A meeting with one bad field");
        change.accept(body);
        var response = schedule(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (code != null) {
            response.body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
        }
    }

    @Test
    void meetingInvitationsCountTowardsTheSameContactLimitAsConsultations() {
        TestUsers.Person limited = Forum.newMember("meet-limited", 1);
        TestUsers.Person free = Forum.newMember("meet-free", null);
        String first = scheduled(inPerson("First meeting"));
        String second = scheduled(inPerson("Second meeting"));

        invite(first, limited, free).statusCode(200).body("invited", equalTo(2)).body("heldBack", equalTo(0));
        invite(first, limited, free).statusCode(200).body("invited", equalTo(0)).body("alreadyAsked", equalTo(2));
        invite(second, limited, free)
                .statusCode(200)
                .body("invited", equalTo(1))
                .body("heldBack", equalTo(1));

        given().auth()
                .oauth2(limited.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .statusCode(200)
                .body("findAll { it.kind == 'MEETING_INVITATION' }", hasSize(1));
        given().auth()
                .oauth2(limited.token())
                .get("/api/forum/members/me/meetings")
                .then()
                .statusCode(200)
                .body("find { it.meeting.id == '" + second + "' }.outcome", equalTo("OVER_LIMIT"))
                .body("find { it.meeting.id == '" + first + "' }.outcome", equalTo("INVITED"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + second)
                .then()
                .body("invitees.find { it.memberId == '" + limited.id() + "' }.outcome", equalTo("OVER_LIMIT"))
                .body("meeting.counts.heldBack", equalTo(1));

        invite(second, TestUsers.create("not-a-member"))
                .statusCode(400)
                .body("errors[0].field", equalTo("memberIds"))
                .body("errors[0].code", equalTo("not_serving"));
    }

    @Test
    void membersRegisterWithTheirAccessNeedsOrDeclineWithinTheMeetingsCapacity() {
        TestUsers.Person ana = Forum.newMember("meet-ana");
        TestUsers.Person ben = Forum.newMember("meet-ben");
        TestUsers.Person cai = Forum.newMember("meet-cai");
        Map<String, Object> body = inPerson("A small meeting");
        body.put("capacity", 1);
        String id = scheduled(body);
        invite(id, ana, ben).statusCode(200);

        reply(ana, id, "REGISTERED", "A seat near the front and the papers in large print.")
                .statusCode(200)
                .body("reply", equalTo("REGISTERED"))
                .body("accessNeeds", equalTo("A seat near the front and the papers in large print."));
        reply(ben, id, "REGISTERED", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("meeting_full"));
        reply(ben, id, "DECLINED", "something")
                .statusCode(400)
                .body("errors[0].code", equalTo("only_when_registering"));
        reply(ben, id, "DECLINED", null).statusCode(200).body("reply", equalTo("DECLINED"));
        reply(ana, id, "REGISTERED", "Large print only.")
                .statusCode(200)
                .body("accessNeeds", equalTo("Large print only."));
        reply(cai, id, "REGISTERED", null).statusCode(404).body("code", equalTo("not_invited"));
        given().auth()
                .oauth2(cai.token())
                .get("/api/forum/members/me/meetings/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("not_invited"));
        given().auth()
                .oauth2(cai.token())
                .get("/api/forum/members/me/meetings")
                .then()
                .statusCode(200)
                .body("meeting.id", not(hasItem(id)));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + id)
                .then()
                .body("invitees.find { it.memberId == '" + ana.id() + "' }.accessNeeds", equalTo("Large print only."))
                .body("invitees.find { it.memberId == '" + ben.id() + "' }.reply", equalTo("DECLINED"))
                .body("meeting.counts.registered", equalTo(1))
                .body("meeting.counts.declined", equalTo(1));

        tookPlace(em, id, Duration.ofMinutes(10));
        reply(ben, id, "REGISTERED", null).statusCode(409).body("code", equalTo("meeting_started"));
        invite(id, cai).statusCode(409).body("code", equalTo("meeting_started"));
    }

    @Test
    void attendanceWritesTheLedgerEntryAndThePaymentClaimOnceByItself() {
        TestUsers.Person came = Forum.newMember("meet-came");
        TestUsers.Person away = Forum.newMember("meet-away");
        TestUsers.Person stranger = Forum.newMember("meet-stranger");
        Map<String, Object> body = inPerson("Forum meeting in Leeds");
        body.put("payment", "50.00");
        String id = scheduled(body);
        invite(id, came, away).statusCode(200);
        reply(came, id, "REGISTERED", null).statusCode(200);

        attendance(id, List.of(came.id())).statusCode(409).body("code", equalTo("meeting_not_started"));
        tookPlace(em, id, Duration.ofHours(3));
        attendance(id, List.of(came.id(), stranger.id()))
                .statusCode(400)
                .body("errors[0].field", equalTo("attended"))
                .body("errors[0].code", equalTo("not_invited"));
        assertThat(rows(em, "select count(*) from involvement where meeting_id = ?1", UUID.fromString(id)))
                .isZero();

        attendance(id, List.of(came.id())).statusCode(200).body("recorded", equalTo(1));
        attendance(id, List.of(came.id(), came.id()))
                .statusCode(200)
                .body("recorded", equalTo(0))
                .body("alreadyRecorded", equalTo(1));

        String token = came.token();
        String entry = given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/involvement")
                .then()
                .statusCode(200)
                .body("findAll { it.meetingId == '" + id + "' }", hasSize(1))
                .body("find { it.meetingId == '" + id + "' }.kind", equalTo("MEETING"))
                .body("find { it.meetingId == '" + id + "' }.durationMinutes", equalTo(120))
                .body("find { it.meetingId == '" + id + "' }.description", equalTo("Forum meeting in Leeds"))
                .extract()
                .path("find { it.meetingId == '" + id + "' }.id");
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/claims")
                .then()
                .statusCode(200)
                .body("findAll { it.activityId == '" + entry + "' }", hasSize(1))
                .body("find { it.activityId == '" + entry + "' }.type", equalTo("PAYMENT"))
                .body("find { it.activityId == '" + entry + "' }.status", equalTo("SUBMITTED"));
        assertThat(rows(em, "select amount_pence from payment_claim where involvement_id = ?1", UUID.fromString(entry)))
                .isEqualTo(5000);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("activityId", entry, "type", "PAYMENT", "amount", "50.00"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(409)
                .body("code", equalTo("duplicate_claim"));
        given().auth()
                .oauth2(away.token())
                .get("/api/forum/members/me/involvement")
                .then()
                .body("meetingId", not(hasItem(id)));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/meetings/" + id)
                .then()
                .statusCode(200)
                .body("attendedAt", not(nullValue()));
    }

    @Test
    void onlyStaffManageMeetingsAndMembersOnlyReachTheirOwnInvitations() {
        TestUsers.Person member = Forum.newMember("meet-nosy");
        String id = scheduled(inPerson("Staff only"));
        String token = member.token();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(inPerson("Mine"))
                .when()
                .post("/api/forum/meetings")
                .then()
                .statusCode(403);
        given().auth().oauth2(token).get("/api/forum/meetings").then().statusCode(403);
        given().auth().oauth2(token).get("/api/forum/meetings/" + id).then().statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(member.id())))
                .when()
                .post("/api/forum/meetings/" + id + "/invitations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("attended", List.of(member.id())))
                .when()
                .post("/api/forum/meetings/" + id + "/attendance")
                .then()
                .statusCode(403);
        given().get("/api/forum/meetings").then().statusCode(401);
        given().get("/api/forum/members/me/meetings").then().statusCode(401);
        given().auth()
                .oauth2(TestUsers.create("meet-applicant").token())
                .get("/api/forum/members/me/meetings")
                .then()
                .statusCode(403);
    }

    @Test
    void anErasedMembersInvitationKeepsTheCountsButNeitherThemNorTheirAccessNeeds() {
        TestUsers.Person member = Forum.newMember("meet-erased");
        String id = scheduled(inPerson("Before an erasure"));
        invite(id, member).statusCode(200);
        reply(member, id, "REGISTERED", "A quiet room to rest in.").statusCode(200);

        given().auth()
                .oauth2(member.token())
                .delete("/api/forum/members/me")
                .then()
                .statusCode(204);

        assertThat(rows(em, "select count(*) from meeting_invitation where member_id = ?1", member.id()))
                .isZero();
        assertThat(rows(em, "select count(*) from meeting_invitation where access_needs = 'A quiet room to rest in.'"))
                .isZero();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + id)
                .then()
                .body("meeting.counts.registered", equalTo(1))
                .body("invitees", hasSize(0));
    }
}
