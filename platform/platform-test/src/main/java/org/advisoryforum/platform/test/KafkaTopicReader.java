package org.advisoryforum.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from the beginning with a fresh consumer group (nothing is committed, no topic is created),
 * for assertions on what a service published.
 */
public final class KafkaTopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaTopicReader() {}

    /**
     * Every record in {@code topic} at the time of the call (up to the partitions' end offsets then),
     * in partition-then-offset order. Waits at most {@code wait} for the topic to exist and the records
     * to arrive; an absent topic gives an empty list.
     */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, deadline);
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        records.sort((a, b) -> a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }

    /**
     * Waits until at least one record of {@code topic} (read from the beginning) matches, and returns all
     * matching records seen so far; fails with an {@link AssertionError} after {@code timeout}.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        return awaitRecords(bootstrapServers, topic, matching, 1, timeout);
    }

    /** Waits until at least {@code count} records match; returns all matching records seen so far. */
    public static List<ConsumerRecord<String, String>> awaitRecords(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> assigned = List.of();
            while (System.nanoTime() < deadline) {
                if (assigned.isEmpty()) {
                    assigned = partitions(consumer, topic);
                    if (assigned.isEmpty()) {
                        sleep();
                        continue;
                    }
                    consumer.assign(assigned);
                    consumer.seekToBeginning(assigned);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    seen.add(record);
                    if (matching.test(record)) {
                        matches.add(record);
                    }
                }
                if (matches.size() >= count) {
                    return matches;
                }
            }
        }
        throw new AssertionError("Expected " + count + " matching record(s) on topic " + topic + " within "
                + timeout.toMillis() + " ms, found " + matches.size() + " among " + seen.size() + " record(s)"
                + (seen.isEmpty()
                        ? ""
                        : ": "
                                + seen.stream()
                                        .limit(20)
                                        .map(r -> r.key() + "=" + r.value())
                                        .collect(Collectors.joining(", ", "[", "]"))));
    }

    /** Like {@link #awaitRecords(String, String, Predicate, Duration)}, returning the first match. */
    public static ConsumerRecord<String, String> awaitRecord(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        return awaitRecords(bootstrapServers, topic, matching, 1, timeout).getFirst();
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> awaitPartitions(
            KafkaConsumer<String, String> consumer, String topic, long deadline) {
        while (true) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (!partitions.isEmpty() || System.nanoTime() >= deadline) {
                return partitions;
            }
            sleep();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
            return infos == null
                    ? List.of()
                    : infos.stream()
                            .map(info -> new TopicPartition(topic, info.partition()))
                            .toList();
        } catch (TimeoutException e) {
            return List.of();
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(
                Math.max(deadline - System.nanoTime(), Duration.ofSeconds(1).toNanos()));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
