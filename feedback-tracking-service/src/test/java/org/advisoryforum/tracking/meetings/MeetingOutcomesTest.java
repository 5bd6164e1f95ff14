package org.advisoryforum.tracking.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** forum.meeting.v1 minutes-published: the action points become tracked actions; the public sees the outcomes. */
@QuarkusTest
class MeetingOutcomesTest {

    static final String TOPIC = "forum.meeting.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    static String minutesPublished(UUID eventId, UUID meetingId, UUID first, UUID second, LocalDate due) {
        return """
                {"eventId":"%s","type":"minutes-published","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"meetingId":"%s","title":"Forum meeting in Leeds","startsAt":"2026-11-20T10:00:00Z",
                  "endsAt":"2026-11-20T12:00:00Z","format":"HYBRID",
                  "agenda":[{"title":"Rates of pay","consultationId":"%s","sectionKey":"rates"}],
                  "summary":"Members asked for the rates of pay in plain language.",
                  "actionPoints":[{"actionPointId":"%s","what":"Publish the rates of pay in plain language",
                                   "owner":"Engagement team","dueDate":"%s"},
                                  {"actionPointId":"%s","what":"Pay within 10 working days","owner":"Finance"}],
                  "attendance":{"total":3,"byPerspective":{"LIVED_EXPERIENCE":2,"CARER":1}},
                  "publishedAt":"2026-11-21T09:00:00Z"}}
                """.formatted(eventId, Instant.now(), meetingId, meetingId, UUID.randomUUID(), first, due, second);
    }

    @Test
    void actionPointsBecomeTrackedActionsOnceAndThePublicSeesWhatBecameOfThem() {
        UUID meeting = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LocalDate due = LocalDate.now().plusMonths(2);
        UUID eventId = UUID.randomUUID();
        String event = minutesPublished(eventId, meeting, first, second, due);
        EventSender.send(bootstrapServers, TOPIC, meeting.toString(), event);
        EventSender.send(bootstrapServers, TOPIC, meeting.toString(), event);
        UUID again = UUID.randomUUID(); // the same minutes in another event: nothing new either
        EventSender.send(
                bootstrapServers, TOPIC, meeting.toString(), minutesPublished(again, meeting, first, second, due));
        db.awaitProcessed(List.of(eventId, again));

        assertThat(db.count("select count(*) from action where meeting_id = ?1", meeting))
                .isEqualTo(2);
        String page = "/api/tracking/meetings/" + meeting;
        given().get(page)
                .then()
                .statusCode(200)
                .body("title", equalTo("Forum meeting in Leeds"))
                .body("summary", equalTo("Members asked for the rates of pay in plain language."))
                .body("attendance.total", equalTo(3))
                .body("attendance.byPerspective.LIVED_EXPERIENCE", equalTo(2))
                .body("agenda[0].sectionKey", equalTo("rates"))
                .body("actions", hasSize(2))
                .body("actions.status", equalTo(List.of("AGREED", "AGREED")))
                .body("actions.find { it.owner == 'Engagement team' }.dueDate", equalTo(due.toString()))
                .body("actions.find { it.owner == 'Finance' }.dueDate", nullValue());
        given().get("/api/tracking/meetings").then().statusCode(200).body("meetingId", hasItem(meeting.toString()));

        String action = given().get(page).then().extract().path("actions.find { it.owner == 'Finance' }.id");
        String staff = Tokens.accessToken("sam");
        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(Map.of("status", "NOT_ADOPTED"))
                .post("/api/tracking/actions/" + action + "/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(Map.of(
                        "status",
                        "IMPLEMENTED",
                        "evidence",
                        Map.of("description", "Claims are now paid within ten working days of the meeting.")))
                .post("/api/tracking/actions/" + action + "/status")
                .then()
                .statusCode(200)
                .body("meetingId", equalTo(meeting.toString()))
                .body("consultationId", nullValue());
        given().get(page)
                .then()
                .statusCode(200)
                .body("actions.find { it.id == '" + action + "' }.status", equalTo("IMPLEMENTED"))
                .body(
                        "actions.find { it.id == '" + action + "' }.evidence.description",
                        equalTo("Claims are now paid within ten working days of the meeting."));
        given().auth()
                .oauth2(staff)
                .get("/api/tracking/actions/" + action)
                .then()
                .statusCode(200)
                .body("history.status", hasItem("AGREED"))
                .body("history.status", hasItem("IMPLEMENTED"));

        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                r -> meeting.toString().equals(r.key()) && r.value().contains("IMPLEMENTED"),
                Duration.ofSeconds(30));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body(Map.of("verdict", "REFLECTS"))
                .post("/api/tracking/actions/" + action + "/confirmations")
                .then()
                .statusCode(403)
                .body("code", equalTo("not_a_contributor"));
    }

    @Test
    void aMeetingWithoutMinutesHasNoPublicPage() {
        given().get("/api/tracking/meetings/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void minutesWithoutATitleGoToTheDeadLettersAndTrackNothing() {
        UUID meeting = UUID.randomUUID();
        String poison = minutesPublished(
                        UUID.randomUUID(), meeting, UUID.randomUUID(), UUID.randomUUID(), LocalDate.now())
                .replace("\"title\":\"Forum meeting in Leeds\",", "");
        EventSender.send(bootstrapServers, TOPIC, meeting.toString(), poison);
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                TOPIC + ".dlq.feedback-tracking-service",
                r -> meeting.toString().equals(r.key()),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(db.count("select count(*) from action where meeting_id = ?1", meeting))
                        .isZero());
        given().get("/api/tracking/meetings/" + meeting).then().statusCode(404);
    }
}
