package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.events.EventCodec;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.DeadLetters;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Staff replay a forum.member.v1 dead letter after a fix, through the consumer's own idempotent handlers, once only. */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String CONSUMER = "consultation.forum-member";
    private static final String DEAD_LETTERS = "/api/consultations/dead-letters";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void staffReplayADeadLetterOnceItsEffectIsAppliedOnceAndASecondReplayIsRefused() {
        UUID memberId = UUID.randomUUID();
        EventEnvelope joined = joined(memberId, "NORTH_EAST");
        long id = deadLetter(codec.toJson(joined));
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/member-snapshots/" + memberId)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(403);
        given().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get(DEAD_LETTERS)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(Fixture.staff())
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("deadLetter.id", equalTo((int) id))
                .body("deadLetter.replayedBy", equalTo("sam"))
                .body("deadLetter.replayedAt", notNullValue());

        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/member-snapshots/" + memberId)
                .then()
                .statusCode(200)
                .body("region", equalTo("NORTH_EAST"));
        assertThat(processed(joined.eventId())).isEqualTo(1);

        given().auth()
                .oauth2(Fixture.staff())
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409));
        assertThat(processed(joined.eventId())).isEqualTo(1);
        given().auth()
                .oauth2(Fixture.staff())
                .get(DEAD_LETTERS)
                .then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.replayedBy", equalTo("sam"));
    }

    @Test
    void anEventProcessedMeanwhileIsMarkedReplayedWithoutApplyingItAgain() {
        UUID memberId = UUID.randomUUID();
        EventEnvelope joined = joined(memberId, "NORTH_EAST");
        EventSender.send(bootstrapServers, "forum.member.v1", memberId.toString(), codec.toJson(joined));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(joined.eventId()) == 1);
        EventEnvelope moved = codec.envelope(
                "profile-changed",
                1,
                memberId.toString(),
                Map.of("memberId", memberId, "perspectives", List.of("CARER"), "region", "LONDON"));
        EventSender.send(bootstrapServers, "forum.member.v1", memberId.toString(), codec.toJson(moved));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(moved.eventId()) == 1);
        long id = deadLetter(codec.toJson(joined)); // e.g. a redelivery that failed while a later one succeeded

        given().auth()
                .oauth2(Fixture.staff())
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("deadLetter.replayedBy", equalTo("sam"));

        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/member-snapshots/" + memberId)
                .then()
                .statusCode(200)
                .body("region", equalTo("LONDON"));
        assertThat(processed(joined.eventId())).isEqualTo(1);
    }

    @Test
    void aReplayThatStillFailsChangesNothingAndLeavesTheLetterToReplayLater() {
        long id = deadLetter("{\"eventId\": \"not an event");

        given().auth()
                .oauth2(Fixture.staff())
                .post(DEAD_LETTERS + "/" + id + "/replay")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));

        given().auth()
                .oauth2(Fixture.staff())
                .get(DEAD_LETTERS)
                .then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.replayedAt", nullValue())
                .body("find { it.id == " + id + " }.replayedBy", nullValue());
        given().auth()
                .oauth2(Fixture.staff())
                .post(DEAD_LETTERS + "/999999999/replay")
                .then()
                .statusCode(404);
    }

    private EventEnvelope joined(UUID memberId, String region) {
        return codec.envelope(
                "joined",
                1,
                memberId.toString(),
                Map.of(
                        "memberId",
                        memberId,
                        "perspectives",
                        List.of("LIVED_EXPERIENCE"),
                        "region",
                        region,
                        "joinedAt",
                        Instant.now().toString(),
                        "consent",
                        Map.of("quote", "ANONYMOUS", "contactByEmail", false, "useInStatistics", true)));
    }

    /** As the consumer leaves a record it could not process (say, while the database was failing). */
    private long deadLetter(String record) {
        String marker = UUID.randomUUID().toString();
        deadLetters.record(CONSUMER, record, "failed 4 times: " + marker);
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select id from dead_letter where reason like :reason")
                                .setParameter("reason", "%" + marker)
                                .getSingleResult())
                        .longValue());
    }

    private long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from processed_event where consumer = :consumer and event_id = :id")
                                .setParameter("consumer", CONSUMER)
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue());
    }
}
