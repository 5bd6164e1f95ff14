package org.advisoryforum.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Producers' side of the contracts: what a service emitted, read back from its real Kafka topics, keeps the envelope
 * schema and its type's payload schema, and the records of the test's own aggregates carry every type of the topic's
 * index. A service's {@code *ProducerContractTest} makes it emit through its real API, then calls
 * {@link #awaitEveryTypeEmitted}.
 */
public final class ProducerContracts {

    private static final Duration EMITTED_WITHIN = Duration.ofSeconds(60);
    private static final Duration READ_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a record with a key and no value (a compacted topic's tombstone) means on the topics checked. */
    public enum Tombstones {
        /** no tombstone is expected: one is a violation */
        FAIL,
        /** a tombstone (after an erasure, say) is a key with no event: it has no contract of its own */
        ALLOWED
    }

    private ProducerContracts() {}

    /** {@link #awaitEveryTypeEmitted(List, Set, Tombstones)} on topics that carry no tombstone. */
    public static void awaitEveryTypeEmitted(List<String> topics, Set<String> aggregates) {
        awaitEveryTypeEmitted(topics, aggregates, Tombstones.FAIL);
    }

    /**
     * Waits (at most a minute) until, on each of {@code topics} of the service under test's Kafka
     * ({@code kafka.bootstrap.servers}), every record keeps its contract and the records keyed by one of
     * {@code aggregates} carry exactly the types the contracts' index lists for that topic; fails with what is wrong
     * otherwise.
     */
    public static void awaitEveryTypeEmitted(List<String> topics, Set<String> aggregates, Tombstones tombstones) {
        String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        await("every type of " + topics + " emitted for " + aggregates + ", each keeping its contract")
                .atMost(EMITTED_WITHIN)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    for (String topic : topics) {
                        Set<String> emitted = new TreeSet<>();
                        for (ConsumerRecord<String, String> record :
                                KafkaTopicReader.readAll(bootstrapServers, topic, READ_WAIT)) {
                            if (record.value() == null) {
                                assertThat(tombstones)
                                        .as("a tombstone on " + topic + " for " + record.key())
                                        .isEqualTo(Tombstones.ALLOWED);
                                continue;
                            }
                            assertThat(EventContracts.violations(topic, record.value()))
                                    .as(topic + " " + record.value())
                                    .isEmpty();
                            if (aggregates.contains(record.key())) {
                                emitted.add(type(record.value()));
                            }
                        }
                        assertThat(emitted)
                                .as("types emitted on " + topic)
                                .isEqualTo(new TreeSet<>(EventContracts.types(topic)));
                    }
                });
    }

    private static String type(String envelope) throws JsonProcessingException {
        return JSON.readTree(envelope).path("type").asText();
    }
}
