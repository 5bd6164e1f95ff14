package org.advisoryforum.forum.meetings;

import static io.restassured.RestAssured.given;
import static org.advisoryforum.forum.meetings.Meetings.attendance;
import static org.advisoryforum.forum.meetings.Meetings.inPerson;
import static org.advisoryforum.forum.meetings.Meetings.invite;
import static org.advisoryforum.forum.meetings.Meetings.rows;
import static org.advisoryforum.forum.meetings.Meetings.scheduled;
import static org.advisoryforum.forum.meetings.Meetings.tookPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Minutes are published once, after the meeting, as forum.meeting.v1 with attendance counts and no person in it. */
@QuarkusTest
class MinutesTest {

    static final String TOPIC = "forum.meeting.v1";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Map<String, Object> minutes(LocalDate due) {
        return Map.of(
                "summary",
                "Members asked for the rates of pay to be published in plain language.",
                "actionPoints",
                List.of(
                        Map.of(
                                "what",
                                "Publish the rates of pay in plain language",
                                "owner",
                                "Engagement team",
                                "dueDate",
                                due.toString()),
                        Map.of("what", "Pay within 10 working days", "owner", "Finance")));
    }

    static io.restassured.response.ValidatableResponse publish(String meetingId, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/forum/meetings/" + meetingId + "/minutes")
                .then();
    }

    @Test
    void publishedMinutesAnnounceTheActionPointsAndAttendanceByPerspectiveButNobodyWhoAttended() {
        TestUsers.Person came = Forum.newMember("minutes-came");
        String id = scheduled(inPerson("Forum meeting with minutes"));
        invite(id, came).statusCode(200);
        Meetings.reply(came, id, "REGISTERED", "Papers in large print").statusCode(200);
        LocalDate due = LocalDate.now().plusMonths(2);

        publish(id, minutes(due)).statusCode(409).body("code", equalTo("meeting_not_over"));
        tookPlace(em, id, Duration.ofHours(5));
        attendance(id, List.of(came.id())).statusCode(200);
        publish(
                        id,
                        Map.of(
                                "summary",
                                "Too early a due date.",
                                "actionPoints",
                                List.of(Map.of("what", "Something", "owner", "Finance", "dueDate", "2020-01-01"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("actionPoints[0].dueDate"))
                .body("errors[0].code", equalTo("before_meeting"));
        publish(id, Map.of("actionPoints", List.of())).statusCode(400).body("errors.field", hasItem("summary"));
        assertThat(rows(em, "select count(*) from meeting_action_point where meeting_id = ?1", UUID.fromString(id)))
                .isZero();

        publish(id, minutes(due))
                .statusCode(201)
                .body("attended", equalTo(1))
                .body("byPerspective.CARER", equalTo(1))
                .body("actionPoints.owner", hasItem("Finance"));
        publish(id, minutes(due)).statusCode(409).body("code", equalTo("minutes_published"));

        ConsumerRecord<String, String> record =
                KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(30));
        String event = record.value();
        assertThat(event)
                .contains(
                        "\"type\":\"minutes-published\"",
                        "\"version\":1",
                        "\"aggregateId\":\"" + id + "\"",
                        "Publish the rates of pay in plain language",
                        "\"dueDate\":\"" + due + "\"",
                        "\"total\":1",
                        "\"CARER\":1",
                        "Engagement team");
        assertThat(event).doesNotContain(came.id().toString(), came.username(), "large print");
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/meetings/" + id + "/minutes")
                .then()
                .statusCode(200)
                .body("actionPoints.what", hasItem("Pay within 10 working days"));
    }

    @Test
    void aMeetingInvitationCountsAgainstTheLimitOfTheNextConsultation() {
        TestUsers.Person limited = Forum.newMember("minutes-limited", 1);
        String id = scheduled(inPerson("Uses up the only invitation"));
        invite(id, limited).statusCode(200).body("invited", equalTo(1));

        UUID consultation = UUID.randomUUID();
        EventSender.send(bootstrapServers, "consultation.lifecycle.v1", consultation.toString(), """
                {"eventId":"%s","type":"published","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"consultationId":"%s","title":"Paying people for their involvement","kind":"POLICY",
                 "audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","closesAt":"%s"}}
                """.formatted(
                        UUID.randomUUID(),
                        Instant.now(),
                        consultation,
                        consultation,
                        Instant.now().plus(Duration.ofDays(20))));
        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds/" + consultation)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("SENT")));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/invitation-rounds/" + consultation)
                .then()
                .body("heldBack.find { it.memberId == '" + limited.id() + "' }.reason", equalTo("OVER_LIMIT"));
    }
}
