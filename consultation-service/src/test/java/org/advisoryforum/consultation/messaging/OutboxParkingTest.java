package org.advisoryforum.consultation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The platform's relay parks a record that can never be sent, holding up only its own aggregate's later events. */
@QuarkusTest
class OutboxParkingTest {

    private static final String TOPIC = "test.outbox-parking.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aRecordTooLargeForTheBrokerIsParkedAndHoldsUpOnlyTheLaterEventsOfItsKey() {
        String stuck = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            // past the producer's max.request.size (1 MB): no retry can ever send it
            outbox.publish(TOPIC, "too-large", 1, stuck, Map.of("text", "x".repeat(1_200_000)));
            outbox.publish(TOPIC, "after-the-large-one", 1, stuck, Map.of("n", 2));
            outbox.publish(TOPIC, "someone-else", 1, other, Map.of("n", 3));
        });

        ConsumerRecord<String, String> sent = KafkaTopicReader.awaitRecord(
                bootstrapServers, TOPIC, r -> other.equals(r.key()), Duration.ofSeconds(20));
        assertThat(sent.value()).contains("someone-else");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(
                                "select count(*) from outbox_event where aggregate_id = ?1 and type = 'too-large' and failed_at is not null",
                                stuck)
                        == 1);
        assertThat(text("select last_error from outbox_event where aggregate_id = ?1 and type = 'too-large'", stuck))
                .startsWith("RecordTooLargeException");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?1 and sent_at is null", stuck))
                .as("the parked row and the later event of its key are still unsent")
                .isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?1 and sent_at is not null", other))
                .isEqualTo(1);

        // the relay's later passes neither retry the parked row nor send what waits behind it
        long attempts =
                count("select attempts from outbox_event where aggregate_id = ?1 and type = 'too-large'", stuck);
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "later-pass", 1, marker, Map.of("n", 4)));
        KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> marker.equals(r.key()), Duration.ofSeconds(20));
        assertThat(count("select attempts from outbox_event where aggregate_id = ?1 and type = 'too-large'", stuck))
                .isEqualTo(attempts);
        assertThat(KafkaTopicReader.readAll(bootstrapServers, TOPIC, Duration.ofSeconds(2)))
                .noneMatch(r -> stuck.equals(r.key()));

        // once an operator has dealt with it (here: dropped the row), the key's later events go out
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("delete from outbox_event where aggregate_id = ?1 and type = 'too-large'")
                        .setParameter(1, stuck)
                        .executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "nudge", 1, marker, Map.of("n", 5)));
        ConsumerRecord<String, String> released = KafkaTopicReader.awaitRecord(
                bootstrapServers, TOPIC, r -> stuck.equals(r.key()), Duration.ofSeconds(20));
        assertThat(released.value()).contains("after-the-large-one");
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }

    private String text(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (String)
                entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult());
    }
}
