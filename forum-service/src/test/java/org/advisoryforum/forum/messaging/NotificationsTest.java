package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.service.DigestService;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationsTest {

    private static final String TOPIC = "tracking.outcome.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DigestService digests;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void anActionThatMovedReachesTheInboxOfEachListedMemberOnceAndNobodyElse() {
        TestUsers.Person listed = Forum.newMember("listed");
        TestUsers.Person other = Forum.newMember("not-listed");
        UUID consultation = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        String event = TrackingOutcomeEvents.actionStatusChanged(
                action, consultation, List.of(listed.id(), UUID.randomUUID()));
        EventSender.send(bootstrapServers, TOPIC, action.toString(), event);
        EventSender.send(bootstrapServers, TOPIC, action.toString(), event);

        String token = listed.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("kind", hasItem("ACTION_UPDATE")));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.kind == 'ACTION_UPDATE' }", hasSize(1))
                .body("findAll { it.kind == 'ACTION_UPDATE' }[0].key", equalTo("action_update"))
                .body("findAll { it.kind == 'ACTION_UPDATE' }[0].params.status", equalTo("IMPLEMENTED"))
                .body(
                        "findAll { it.kind == 'ACTION_UPDATE' }[0].params.summary",
                        equalTo("We now pay travel costs on the day, as you asked."))
                .body("findAll { it.kind == 'ACTION_UPDATE' }[0].title", equalTo("Something you said has moved on"))
                .body("findAll { it.kind == 'ACTION_UPDATE' }[0].consultationId", equalTo(consultation.toString()));
        given().auth()
                .oauth2(other.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.kind == 'ACTION_UPDATE' }", hasSize(0));
    }

    @Test
    void anAuthorIsToldInTheirInboxWhenTheirWordsWereRedactedOrNotUsedAndWhy() {
        TestUsers.Person author = Forum.newMember("moderated");
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                TrackingOutcomeEvents.quoteModerated(
                        consultation, author.id(), "REDACTED", List.of("NAMES_THIRD_PARTY")));
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                TrackingOutcomeEvents.quoteModerated(consultation, author.id(), "REJECTED", List.of("OFF_TOPIC")));

        String token = author.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("findAll { it.kind == 'QUOTE_MODERATED' }", hasSize(2)));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body(
                        "find { it.title == 'Part of your words was removed' }.body",
                        equalTo("Staff removed part of what you wrote before quoting it because it names someone else."
                                + " The public page shows where words were removed."))
                .body(
                        "find { it.title == 'Your words were not quoted' }.body",
                        equalTo("Staff did not use what you wrote as a public quote because it is not about this "
                                + "consultation. Your answer still counts in what the forum said."))
                .body("find { it.kind == 'QUOTE_MODERATED' }.consultationId", equalTo(consultation.toString()))
                .body("find { it.key == 'quote_redacted' }.params.reasons", equalTo("NAMES_THIRD_PARTY"))
                .body("find { it.key == 'quote_rejected' }.params.reasons", equalTo("OFF_TOPIC"));
    }

    /** "Did it make a difference?": each listed member within their contact limit is asked once; a quiet one is not. */
    @Test
    void membersBehindAnActionUnderReviewAreAskedWithinTheirContactLimits() {
        TestUsers.Person asked = Forum.newMember("asked-difference");
        TestUsers.Person quiet = Forum.newMember("quiet-difference");
        Map<String, Object> profile = Forum.profile("Quiet member", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) profile.get("contact");
        contact.put("quietUntil", LocalDate.now().plusDays(14).toString());
        given().auth()
                .oauth2(quiet.token())
                .contentType(ContentType.JSON)
                .body(profile)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);
        UUID consultation = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        String event = TrackingOutcomeEvents.differenceAsked(action, consultation, List.of(asked.id(), quiet.id()));
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), event);
        EventSender.send(bootstrapServers, TOPIC, consultation.toString(), event); // redelivered: asked once

        String token = asked.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("kind", hasItem("DIFFERENCE_ASKED")));
        // a later event on the same key (the same partition, read in order): once it shows, the copy has been read too
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), consultation, List.of(asked.id())));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("kind", hasItem("ACTION_UPDATE")));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.kind == 'DIFFERENCE_ASKED' }", hasSize(1))
                .body("find { it.kind == 'DIFFERENCE_ASKED' }.key", equalTo("difference_asked"))
                .body("find { it.kind == 'DIFFERENCE_ASKED' }.params.actionId", equalTo(action.toString()))
                .body(
                        "find { it.kind == 'DIFFERENCE_ASKED' }.params.summary",
                        equalTo("We now pay travel costs on the day, as you asked."))
                .body("find { it.kind == 'DIFFERENCE_ASKED' }.title", equalTo("Did it make a difference?"))
                .body("find { it.kind == 'DIFFERENCE_ASKED' }.consultationId", equalTo(consultation.toString()));
        given().auth()
                .oauth2(quiet.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.kind == 'DIFFERENCE_ASKED' }", hasSize(0));
    }

    /** What is stored is the key and its parameters, never an English sentence: any reader can word it. */
    @Test
    void aNotificationIsStoredAsAMessageKeyWithParametersAndNoEnglishText() throws Exception {
        TestUsers.Person member = Forum.newMember("keyed");
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                consultation.toString(),
                TrackingOutcomeEvents.quoteModerated(
                        consultation, member.id(), "REJECTED", List.of("OFFENSIVE", "LEGAL")));
        String token = member.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("$", hasSize(1)));
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select message_key, params::text, title, body from notification where member_id = ?")) {
            statement.setObject(1, member.id());
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("quote_rejected");
                assertThat(row.getString(2)).isEqualTo("{\"reasons\": \"OFFENSIVE,LEGAL\"}");
                assertThat(row.getString(3)).isNull();
                assertThat(row.getString(4)).isNull();
            }
        }
    }

    /** A message written before keys existed keeps its English text under the generic key. */
    @Test
    void aMessageStoredBeforeKeysIsStillReadableUnderTheGenericKey() throws Exception {
        TestUsers.Person member = Forum.newMember("legacy");
        String token = member.token();
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        try (var connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("insert into notification (id, member_id, kind, message_key,"
                                + " title, body, created_at) values (?, ?, 'INVITATION', 'legacy', 'An old invitation',"
                                + " 'Written in English before keys.', now())")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, member.id());
            statement.executeUpdate();
        }
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .statusCode(200)
                .body("[0].key", equalTo("legacy"))
                .body("[0].title", equalTo("An old invitation"))
                .body("[0].body", equalTo("Written in English before keys."));
    }

    @Test
    void aDigestGathersWaitingNotificationsAtMostOncePerPeriod() {
        TestUsers.Person member = Forum.newMember("digest");
        String token = member.token();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                UUID.randomUUID().toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), UUID.randomUUID(), List.of(member.id())));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("$", hasSize(1)));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("digestedAt", everyItem(nullValue()));

        Instant now = Instant.now();
        digests.gatherDue(now);
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("digestedAt", everyItem(notNullValue()));

        EventSender.send(
                bootstrapServers,
                TOPIC,
                UUID.randomUUID().toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), UUID.randomUUID(), List.of(member.id())));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("$", hasSize(2)));
        digests.gatherDue(now.plus(Duration.ofDays(1))); // weekly by default: not yet
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.digestedAt == null }", hasSize(1));
        digests.gatherDue(now.plus(Duration.ofDays(7)));
        given().auth()
                .oauth2(token)
                .get("/api/forum/members/me/notifications")
                .then()
                .body("findAll { it.digestedAt == null }", hasSize(0));
    }

    /** Two replicas checking digests at the same moment: the member's row lock lets exactly one of them send it. */
    @Test
    void twoReplicasGatheringAtOnceSendOneDigest() throws Exception {
        TestUsers.Person member = Forum.newMember("digest-twice");
        String token = member.token();
        EventSender.send(
                bootstrapServers,
                TOPIC,
                UUID.randomUUID().toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), UUID.randomUUID(), List.of(member.id())));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("$", hasSize(1)));

        Instant now = Instant.now();
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Boolean> gather = () -> {
                start.await();
                return digests.gatherFor(member.id(), now);
            };
            var first = replicas.submit(gather);
            var second = replicas.submit(gather);
            start.countDown();
            assertThat(List.of(
                            first.get(30, java.util.concurrent.TimeUnit.SECONDS),
                            second.get(30, java.util.concurrent.TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aPoisonOutcomeEventGoesToTheDeadLettersForStaff() {
        String marker = UUID.randomUUID().toString();
        EventSender.send(bootstrapServers, TOPIC, marker, "{\"not\":\"an envelope " + marker + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.accessToken("sam"))
                        .get("/api/forum/dead-letters")
                        .then()
                        .body(
                                "findAll { it.record.contains('" + marker + "') }.consumer",
                                hasItem("forum.tracking-outcome")));
    }

    @Test
    void aTombstoneIsIgnoredNeitherDeadLetteredNorBlockingTheEventsAfterIt() {
        TestUsers.Person listed = Forum.newMember("after-tombstone");
        UUID action = UUID.randomUUID();
        EventSender.send(bootstrapServers, TOPIC, action.toString(), null);
        EventSender.send(
                bootstrapServers,
                TOPIC,
                action.toString(),
                TrackingOutcomeEvents.actionStatusChanged(action, UUID.randomUUID(), List.of(listed.id())));

        String token = listed.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("kind", hasItem("ACTION_UPDATE")));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/dead-letters")
                .then()
                .statusCode(200)
                .body("findAll { it.record == null }", hasSize(0));
    }
}
