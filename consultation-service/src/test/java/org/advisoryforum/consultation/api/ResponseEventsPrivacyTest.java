package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.messaging.DeadLetters;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseEventsPrivacyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    DeadLetters deadLetters;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unconsentedWordsNamesAndEmailsNeverReachKafka() throws Exception {
        Fixture.memberKnown(bootstrapServers, "david", "NAMED");
        String id = Fixture.openForAWhile("Privacy of events");
        String secret = "Documents that work with a screen reader " + UUID.randomUUID();
        Fixture.save(
                        "tom",
                        id,
                        Map.of(
                                "attribution",
                                "NONE",
                                "answers",
                                Map.of(
                                        "q1",
                                        1,
                                        "q2",
                                        secret,
                                        "q3",
                                        List.of("Offer an advocate"),
                                        "q4",
                                        "No",
                                        "q5",
                                        secret),
                                "sectionComments",
                                Map.of("carers", secret)))
                .statusCode(200);
        Fixture.submit("tom", id).statusCode(200);
        String quoted = "Large print please " + UUID.randomUUID();
        Fixture.save(
                        "david",
                        id,
                        Map.of(
                                "attribution",
                                "NAMED",
                                "answers",
                                Map.of("q1", 3, "q2", quoted, "q3", List.of("Offer an advocate"), "q4", "Partly")))
                .statusCode(200);
        Fixture.submit("david", id).statusCode(200);

        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(
                bootstrapServers, "consultation.response.v1", r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        String all =
                String.join("\n", records.stream().map(ConsumerRecord::value).toList());
        assertThat(all).doesNotContain(secret).doesNotContain("@example.org").doesNotContain("Tom Hughes");
        // no name travels with a response, not even a named one: consumers take it from forum.member.v1
        assertThat(all)
                .contains(quoted)
                .doesNotContain("David Price")
                .doesNotContain("Forum name of david")
                .doesNotContain("displayName");

        JsonNode tom = records.stream()
                .map(r -> read(r.value()))
                .filter(e -> e.path("payload").path("memberId").asText().equals(Fixture.memberId("tom")))
                .findFirst()
                .orElseThrow();
        assertThat(tom.path("payload").path("attribution").asText()).isEqualTo("NONE");
        assertThat(tom.path("payload").has("displayName")).isFalse();
        // choices are not words: they still count
        assertThat(tom.path("payload").path("answers").toString()).contains("Offer an advocate");
    }

    @Test
    void erasureAnonymisesResponsesAndRemovesUnconsentedWords() {
        String id = Fixture.openForAWhile("Erasure");
        String secret = "Not to be kept " + UUID.randomUUID();
        Fixture.save(
                        "grace",
                        id,
                        Map.of(
                                "attribution",
                                "NONE",
                                "answers",
                                Map.of("q1", 2, "q2", secret, "q3", List.of("Offer an advocate"), "q4", "Partly")))
                .statusCode(200);
        Fixture.submit("grace", id).statusCode(200);
        String grace = Fixture.memberId("grace");
        long before = count("select count(*) from response where consultation_id = cast('" + id
                + "' as uuid) and status = 'SUBMITTED'");

        EventSender.send(bootstrapServers, "forum.member.v1", grace, """
                {"eventId":"%s","type":"erased","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","erasedAt":"%s"}}""".formatted(
                        UUID.randomUUID(), Instant.now(), grace, grace, Instant.now()));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from response where member_id = cast('" + grace + "' as uuid)") == 0);
        assertThat(count("select count(*) from response where consultation_id = cast('" + id
                        + "' as uuid) and status = 'SUBMITTED'"))
                .isEqualTo(before);
        assertThat(count("select count(*) from answer where value_json like '%" + secret + "%'"))
                .isZero();
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(200);
    }

    @Test
    void erasureLeavesNoOutboxRowOrDeadLetterNamingTheMemberAndAnnouncesTheirResponseAnonymised() {
        Fixture.memberJoined(bootstrapServers, "grace", "\"CARER\"", "NAMED");
        String grace = Fixture.memberId("grace");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from member_snapshot where member_id = cast('" + grace
                                + "' as uuid) and quote_consent = 'NAMED'")
                        == 1);
        String id = Fixture.openForAWhile("Erasure leaves no traces");
        String first = "Said first and then amended " + UUID.randomUUID();
        String amended = "Said after amending " + UUID.randomUUID();
        Fixture.save(
                        "grace",
                        id,
                        Map.of(
                                "attribution",
                                "NAMED",
                                "answers",
                                Map.of("q1", 2, "q2", first, "q3", List.of("Offer an advocate"), "q4", "Partly")))
                .statusCode(200);
        Fixture.submit("grace", id).statusCode(200);
        Fixture.save("grace", id, Map.of("answers", Map.of("q2", amended))).statusCode(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from outbox_event where sent_at is not null"
                                + " and strpos(envelope, '" + amended + "') > 0")
                        == 1);
        deadLetters.record("consultation.test", "{\"payload\":{\"memberId\":\"" + grace + "\"}}", "could not be read");

        EventSender.send(bootstrapServers, "forum.member.v1", grace, """
                {"eventId":"%s","type":"erased","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","erasedAt":"%s"}}""".formatted(
                        UUID.randomUUID(), Instant.now(), grace, grace, Instant.now()));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from outbox_event where strpos(envelope, '" + grace + "') > 0") == 0);
        assertThat(count("select count(*) from dead_letter where strpos(record, '" + grace + "') > 0"))
                .isZero();
        assertThat(count("select count(*) from outbox_event where strpos(envelope, '" + first + "') > 0"
                        + " or strpos(envelope, '" + amended + "') > 0"))
                .isZero();
        // consumers learn the response as it now is: anonymous, without the named words
        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(
                bootstrapServers, "consultation.response.v1", r -> id.equals(r.key()), 3, Duration.ofSeconds(20));
        JsonNode last = read(records.getLast().value());
        assertThat(last.path("type").asText()).isEqualTo("amended");
        assertThat(last.path("payload").path("memberId").asText()).isNotEqualTo(grace);
        assertThat(last.path("payload").path("attribution").asText()).isEqualTo("NONE");
        assertThat(last.path("payload").has("displayName")).isFalse();
        assertThat(records.getLast().value()).doesNotContain(amended).doesNotContain(first);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
