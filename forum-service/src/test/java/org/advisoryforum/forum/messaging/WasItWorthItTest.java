package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * "Was it worth it?": a member answers three questions about an entry of their own ledger, once per entry; staff see
 * counts per activity and the public counts per kind, never who; two "not worth it" in a row invite the member less.
 */
@QuarkusTest
class WasItWorthItTest {

    private static final String RESPONSES = "consultation.response.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    /** The member's ledger entry for a response to the consultation, once forum-service has read the event. */
    private String answeredConsultation(TestUsers.Person member, UUID consultation) {
        UUID response = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                RESPONSES,
                response.toString(),
                TrackingOutcomeEvents.responseSubmitted(UUID.randomUUID(), consultation, response, member.id()));
        String token = member.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/involvement")
                        .then()
                        .statusCode(200)
                        .body("responseId", hasItem(response.toString())));
        return given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/involvement")
                .then()
                .extract()
                .path("find { it.responseId == '" + response + "' }.id");
    }

    private static Map<String, Object> answer(String time, String worth, String heard) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeTaken", time);
        body.put("worthIt", worth);
        body.put("feltHeard", heard);
        return body;
    }

    private static io.restassured.response.ValidatableResponse put(
            TestUsers.Person member, String entry, Map<String, Object> body) {
        return given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then();
    }

    private long feedbackRows(String entry) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from involvement_feedback where involvement_id = ?1")
                                .setParameter(1, UUID.fromString(entry))
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aMemberAnswersOncePerEntryAndAnsweringAgainReplacesTheAnswer() {
        TestUsers.Person member = Forum.newMember("worth");
        String entry = answeredConsultation(member, UUID.randomUUID());

        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then()
                .statusCode(404)
                .body("code", equalTo("no_feedback"));
        put(member, entry, answer("UP_TO_1_HOUR", "PARTLY", "YES"))
                .statusCode(201)
                .body("worthIt", equalTo("PARTLY"));
        put(member, entry, answer("UP_TO_2_HOURS", "YES", "YES"))
                .statusCode(200)
                .body("timeTaken", equalTo("UP_TO_2_HOURS"));

        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then()
                .statusCode(200)
                .body("worthIt", equalTo("YES"))
                .body("feltHeard", equalTo("YES"));
        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/involvement")
                .then()
                .body("find { it.id == '" + entry + "' }.feedback.timeTaken", equalTo("UP_TO_2_HOURS"));
        assertThat(feedbackRows(entry)).isEqualTo(1);
        // the database holds one answer per entry whatever the service does
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("""
                        insert into involvement_feedback (involvement_id, time_taken, worth_it, felt_heard, answered_at)
                        values (?1, 'OVER_2_HOURS', 'NO', 'NO', now())""")
                                .setParameter(1, UUID.fromString(entry))
                                .executeUpdate()))
                .isNotNull();
        assertThat(feedbackRows(entry)).isEqualTo(1);
    }

    @Test
    void onlyTheMemberWhoseEntryItIsMayAnswerOrReadIt() {
        TestUsers.Person owner = Forum.newMember("worth-owner");
        TestUsers.Person other = Forum.newMember("worth-other");
        String entry = answeredConsultation(owner, UUID.randomUUID());

        put(other, entry, answer("UNDER_30_MINUTES", "NO", "NO"))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_in_your_ledger"));
        put(other, UUID.randomUUID().toString(), answer("UNDER_30_MINUTES", "NO", "NO"))
                .statusCode(404)
                .body("code", equalTo("not_in_your_ledger"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(answer("UNDER_30_MINUTES", "NO", "NO"))
                .when()
                .put("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(answer("UNDER_30_MINUTES", "NO", "NO"))
                .when()
                .put("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then()
                .statusCode(401);
        put(owner, entry, answer("UNDER_30_MINUTES", "YES", "PARTLY")).statusCode(201);
        given().auth()
                .oauth2(other.token())
                .get("/api/forum/members/me/involvement/" + entry + "/feedback")
                .then()
                .statusCode(404)
                .body("code", equalTo("not_in_your_ledger"));
        assertThat(feedbackRows(entry)).isEqualTo(1);
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndWriteNothing() {
        TestUsers.Person member = Forum.newMember("worth-bad");
        String entry = answeredConsultation(member, UUID.randomUUID());

        put(member, entry, answer("UP_TO_1_HOUR", "MAYBE", "YES"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("worthIt"))
                .body("errors.code", hasItem("unknown_value"));
        put(member, entry, answer("3 hours", "YES", "YES"))
                .statusCode(400)
                .body("errors.field", hasItem("timeTaken"))
                .body("errors.code", hasItem("unknown_value"));
        Map<String, Object> missing = answer("UP_TO_1_HOUR", "YES", null);
        put(member, entry, missing)
                .statusCode(400)
                .body("errors.field", hasItem("feltHeard"))
                .body("errors.code", hasItem("not_null"));
        assertThat(feedbackRows(entry)).isZero();
    }

    @Test
    void staffSeeCountsPerActivityAndThePublicCountsPerKindNeverWho() {
        UUID consultation = UUID.randomUUID();
        TestUsers.Person first = Forum.newMember("worth-count-a");
        TestUsers.Person second = Forum.newMember("worth-count-b");
        int publicBefore = given().get("/api/forum/involvement-feedback/public")
                .then()
                .statusCode(200)
                .extract()
                .path("byKind.CONSULTATION_RESPONSE.worthIt.NO");
        put(first, answeredConsultation(first, consultation), answer("UNDER_30_MINUTES", "YES", "YES"))
                .statusCode(201);
        put(second, answeredConsultation(second, consultation), answer("OVER_2_HOURS", "NO", "PARTLY"))
                .statusCode(201);

        String staff = Tokens.accessToken("sam");
        String rollUp = given().auth()
                .oauth2(staff)
                .queryParam("consultationId", consultation.toString())
                .get("/api/forum/involvement-feedback")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("CONSULTATION_RESPONSE"))
                .body("[0].counts.answers", equalTo(2))
                .body("[0].counts.worthIt.YES", equalTo(1))
                .body("[0].counts.worthIt.NO", equalTo(1))
                .body("[0].counts.worthIt.PARTLY", equalTo(0))
                .body("[0].counts.timeTaken.OVER_2_HOURS", equalTo(1))
                .body("[0].counts.feltHeard.PARTLY", equalTo(1))
                .extract()
                .asString();
        assertThat(rollUp).doesNotContain(first.id().toString(), second.id().toString(), first.username());
        given().auth()
                .oauth2(staff)
                .get("/api/forum/involvement-feedback")
                .then()
                .statusCode(200)
                .body("consultationId", hasItem(consultation.toString()));
        given().auth()
                .oauth2(staff)
                .queryParam("meetingId", UUID.randomUUID().toString())
                .get("/api/forum/involvement-feedback")
                .then()
                .statusCode(200)
                .body("[0].counts.answers", equalTo(0));
        given().auth()
                .oauth2(first.token())
                .get("/api/forum/involvement-feedback")
                .then()
                .statusCode(403);
        given().get("/api/forum/involvement-feedback").then().statusCode(401);

        String publicCounts = given().get("/api/forum/involvement-feedback/public")
                .then()
                .statusCode(200)
                .body("byKind.CONSULTATION_RESPONSE.worthIt.NO", equalTo(publicBefore + 1))
                .extract()
                .asString();
        assertThat(publicCounts).doesNotContain(first.id().toString(), consultation.toString());
    }

    private UUID publishRound() {
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                InvitationRoundTest.TOPIC,
                consultation.toString(),
                InvitationRoundTest.published(UUID.randomUUID(), consultation));
        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds/" + consultation)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("SENT")));
        return consultation;
    }

    private static void assertHeldBack(UUID round, TestUsers.Person member, boolean heldBack) {
        var response = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/invitation-rounds/" + round)
                .then()
                .statusCode(200);
        if (heldBack) {
            response.body("heldBack.findAll { it.memberId == '" + member.id() + "' }.reason", hasItem("NOT_WORTH_IT"));
        } else {
            response.body("heldBack.memberId", not(hasItem(member.id().toString())));
        }
    }

    @Test
    void someoneWhoTwiceSaidItWasNotWorthItIsInvitedLessUnlessTheyChooseOtherwise() {
        TestUsers.Person member = Forum.newMember("worth-limit", null);
        put(member, answeredConsultation(member, UUID.randomUUID()), answer("UP_TO_1_HOUR", "NO", "NO"))
                .statusCode(201);
        // one "not worth it" is not enough
        assertHeldBack(publishRound(), member, false);
        put(member, answeredConsultation(member, UUID.randomUUID()), answer("OVER_2_HOURS", "NO", "PARTLY"))
                .statusCode(201);

        // at most one invitation in 30 days from now on: they had one, so the next round holds them back, and says why
        UUID heldBack = publishRound();
        assertHeldBack(heldBack, member, true);
        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/invitations")
                .then()
                .body("find { it.consultationId == '" + heldBack + "' }.outcome", equalTo("NOT_WORTH_IT"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/invitation-rounds")
                .then()
                .body(
                        "find { it.consultationId == '" + heldBack + "' }.heldBack",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // the same limit holds back a meeting invitation, with the same reason
        String meeting = scheduleMeeting();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(member.id().toString())))
                .when()
                .post("/api/forum/meetings/" + meeting + "/invitations")
                .then()
                .statusCode(200)
                .body("heldBack", equalTo(1));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + meeting)
                .then()
                .body(containsString("NOT_WORTH_IT"));

        // their choice: keep inviting me as usual
        Map<String, Object> profile = Forum.profile("Member " + member.username(), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) profile.get("contact");
        contact.put("keepInvitingAsUsual", true);
        given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(profile)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("contact.keepInvitingAsUsual", equalTo(true));
        assertHeldBack(publishRound(), member, false);

        // an edit that does not mention the choice keeps it
        given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(Forum.profile("Member " + member.username(), null))
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("contact.keepInvitingAsUsual", equalTo(true));
    }

    @Test
    void aLaterAnswerThatItWasWorthItEndsTheHoldingBack() {
        TestUsers.Person member = Forum.newMember("worth-again", null);
        put(member, answeredConsultation(member, UUID.randomUUID()), answer("UP_TO_1_HOUR", "NO", "NO"))
                .statusCode(201);
        put(member, answeredConsultation(member, UUID.randomUUID()), answer("UP_TO_1_HOUR", "NO", "NO"))
                .statusCode(201);
        publishRound();
        assertHeldBack(publishRound(), member, true);
        put(member, answeredConsultation(member, UUID.randomUUID()), answer("UP_TO_1_HOUR", "YES", "YES"))
                .statusCode(201);
        assertHeldBack(publishRound(), member, false);
    }

    private static String scheduleMeeting() {
        Instant starts = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Forum meeting: was it worth it?");
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(Duration.ofHours(2)).toString());
        body.put("format", "ONLINE");
        body.put("joiningLink", "https://meet.example.org/worth");
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/forum/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
