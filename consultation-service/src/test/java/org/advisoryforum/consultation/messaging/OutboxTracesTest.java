package org.advisoryforum.consultation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.platform.erasure.EventTraces;
import org.advisoryforum.platform.messaging.DeadLetters;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.outbox.OutboxEvent;
import org.advisoryforum.platform.outbox.OutboxRepository;
import org.advisoryforum.platform.outbox.OutboxRetention;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The platform's outbox retention, forget-when-sent rows and erasure of event traces, on this service's database. */
@QuarkusTest
class OutboxTracesTest {

    private static final String TOPIC = "test.outbox-traces.v1";
    private static final String DROPPED_TOPIC = "test.outbox-traces-dropped.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Outbox outbox;

    @Inject
    EventTraces traces;

    @Inject
    OutboxRetention retention;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OutboxRepository repository;

    @Inject
    EntityManager entityManager;

    @Test
    void sentRowsOlderThanTheRetentionArePurgedAndNewerOrPendingOnesStay() {
        assertThat(retention.retention()).isEqualTo(Duration.ofHours(1));
        long old = insertRow(Instant.now().minus(Duration.ofHours(2)));
        long recent = insertRow(Instant.now().minus(Duration.ofMinutes(5)));

        assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        boolean pendingKept = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent pending = row(null);
            pending.createdAt = Instant.now().minus(Duration.ofDays(2));
            entityManager.persist(pending);
            entityManager.flush();
            repository.deleteSentBefore(Instant.now().minus(Duration.ofDays(1)));
            return ((Number) entityManager
                                    .createNativeQuery("select count(*) from outbox_event where id = " + pending.id)
                                    .getSingleResult())
                            .longValue()
                    == 1;
        });
        assertThat(pendingKept).isTrue();
    }

    @Test
    void anEventPublishedToBeForgottenIsSentAndThenLeavesNoRow() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publishAndForget(TOPIC, "erased", 1, key, Map.of("memberId", key)));

        ConsumerRecord<String, String> sent =
                KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertThat(sent.value()).contains(key);
        await().atMost(Duration.ofSeconds(10)).until(() -> mentions(key) == 0);
    }

    @Test
    void forgettingDeletesSentRowsAndDeadLettersNamingTheIdAndSendsPendingOnesWithoutIt() {
        String id = UUID.randomUUID().toString();
        String replacement = UUID.randomUUID().toString();
        String bystander = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "noted", 1, id, Map.of("memberId", id)));
        await().atMost(Duration.ofSeconds(20)).until(() -> sentMentions(id) == 1);
        deadLetters.record("test.consumer", "{\"memberIds\":[\"" + id + "\"]}", "could not be read");

        EventTraces.Forgotten forgotten = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publish(TOPIC, "still-to-go", 1, id, Map.of("memberIds", List.of(id, bystander)));
            outbox.publish(DROPPED_TOPIC, "carries-words", 1, "words", Map.of("memberId", id, "text", "their words"));
            outbox.publish(TOPIC, "about-someone-else", 1, bystander, Map.of("memberId", bystander));
            return traces.forget(id, replacement, Set.of(DROPPED_TOPIC));
        });

        assertThat(forgotten).isEqualTo(new EventTraces.Forgotten(1, 1, 1, 1));
        assertThat(mentions(id)).isZero();
        assertThat(count("select count(*) from dead_letter where strpos(record, '" + id + "') > 0"))
                .isZero();
        ConsumerRecord<String, String> rewritten = KafkaTopicReader.awaitRecord(
                bootstrapServers, TOPIC, r -> replacement.equals(r.key()), Duration.ofSeconds(20));
        assertThat(rewritten.value())
                .contains("still-to-go", replacement, bystander)
                .doesNotContain(id);
        KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> bystander.equals(r.key()), Duration.ofSeconds(20));
        assertThat(KafkaTopicReader.readAll(bootstrapServers, DROPPED_TOPIC, Duration.ofSeconds(2)))
                .noneMatch(r -> r.value().contains(id));
    }

    private OutboxEvent row(Instant sentAt) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = "test.outbox-retention.v1";
        row.aggregateId = row.eventId.toString();
        row.type = "noted";
        row.envelope = "{}";
        row.createdAt = sentAt == null ? Instant.now() : sentAt.minusSeconds(1);
        row.sentAt = sentAt;
        return row;
    }

    private long insertRow(Instant sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = row(sentAt);
            entityManager.persist(row);
            return row.id;
        });
    }

    private boolean exists(long id) {
        return count("select count(*) from outbox_event where id = " + id) == 1;
    }

    private long mentions(String text) {
        return count("select count(*) from outbox_event where strpos(envelope, '" + text + "') > 0"
                + " or strpos(aggregate_id, '" + text + "') > 0");
    }

    private long sentMentions(String text) {
        return count(
                "select count(*) from outbox_event where sent_at is not null and strpos(envelope, '" + text + "') > 0");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
