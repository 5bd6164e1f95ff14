package org.advisoryforum.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.test.EventSender;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Consumers' side of the contracts: every example of a consumed event type goes through the service's real path (the
 * Kafka topic, its consumer, its database), and must be processed (a {@code processed_event} row of that consumer)
 * without becoming a dead letter; and decoding an example into the consumer's record loses nothing it reads.
 * <p>
 * A service's {@code *ConsumerContractTest} lists what it consumes as {@link Consumed} lines in the order of the
 * examples' story, then calls {@link #assertEveryTypeHasAContractAndDecodesWithoutLoss(List)} and {@link #feed(List)}
 * and asserts the effect on its own API. Both run inside the service under test ({@code @QuarkusTest}): the consumers,
 * its {@link ObjectMapper} and {@link DataSource} are its beans, the broker its {@code kafka.bootstrap.servers}.
 */
public final class ConsumerContracts {

    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(30);

    private ConsumerContracts() {}

    /**
     * One event type a service consumes: the consumer bean that reads it, its topic, the record it decodes into and the
     * payload field its producer keys it by.
     */
    public record Consumed(
            Class<? extends EventConsumer> consumer, String topic, String type, Class<?> record, String key) {}

    /**
     * Each consumer of {@code consumed} handles exactly the types listed for it, each of those types has a contract,
     * and each of its examples decodes into the listed record without loss.
     */
    public static void assertEveryTypeHasAContractAndDecodesWithoutLoss(List<Consumed> consumed) {
        Map<Class<? extends EventConsumer>, Set<String>> typesByConsumer = new LinkedHashMap<>();
        consumed.forEach(c -> typesByConsumer
                .computeIfAbsent(c.consumer(), k -> new TreeSet<>())
                .add(c.type()));
        typesByConsumer.forEach((consumer, types) -> assertThat(
                        new TreeSet<>(bean(consumer).handlers().keySet()))
                .as("the types " + consumer.getSimpleName() + " handles")
                .isEqualTo(types));
        ObjectMapper mapper = bean(ObjectMapper.class);
        List<String> losses = new ArrayList<>();
        for (Consumed c : consumed) {
            assertThat(EventContracts.types(c.topic())).as(c.topic()).contains(c.type());
            losses.addAll(decodingLosses(mapper, c.topic(), c.type(), c.record()));
        }
        assertThat(losses).isEmpty();
    }

    /**
     * Feeds every example of each of {@code consumed}, in that order, to its consumer in the service under test
     * ({@link #feed(String, DataSource, String, String, String, Function)}).
     */
    public static void feed(List<Consumed> consumed) {
        consumed.forEach(ConsumerContracts::feed);
    }

    /** Feeds every example of one consumed type to its consumer in the service under test. */
    public static List<UUID> feed(Consumed consumed) {
        return feed(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                bean(DataSource.class),
                bean(consumed.consumer()).name(),
                consumed.topic(),
                consumed.type(),
                payload -> payload.path(consumed.key()).asText());
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /**
     * Sends each example of {@code type} on {@code topic} in an envelope, keyed as its producer keys it, and waits until
     * {@code consumer} has processed it; fails at once if it became a dead letter instead.
     *
     * @return the event ids sent, in the examples' order
     */
    public static List<UUID> feed(
            String bootstrapServers,
            DataSource database,
            String consumer,
            String topic,
            String type,
            Function<JsonNode, String> key) {
        List<UUID> sent = new ArrayList<>();
        for (JsonNode example : EventContracts.examples(topic, type)) {
            UUID eventId = UUID.randomUUID();
            EventSender.send(
                    bootstrapServers,
                    topic,
                    key.apply(example),
                    EventContracts.envelope(eventId, type, key.apply(example), example));
            await("consumer " + consumer + " processes " + topic + " " + type + " example " + example)
                    .atMost(PROCESSED_WITHIN)
                    .failFast(
                            topic + " " + type + " example became a dead letter of " + consumer,
                            () -> deadLetterReason(database, consumer, eventId).isPresent())
                    .until(() -> processed(database, consumer, eventId));
            sent.add(eventId);
        }
        return sent;
    }

    /**
     * What the consumer's record for {@code type} drops or changes of each example: the example decoded into
     * {@code record} with the service's mapper, written back, compared field by field ({@link EventContracts#losses}).
     */
    public static List<String> decodingLosses(ObjectMapper mapper, String topic, String type, Class<?> record) {
        List<String> losses = new ArrayList<>();
        for (JsonNode example : EventContracts.examples(topic, type)) {
            try {
                JsonNode decoded = mapper.valueToTree(mapper.treeToValue(example, record));
                EventContracts.losses(example, decoded)
                        .forEach(loss ->
                                losses.add(topic + " " + type + " into " + record.getSimpleName() + ": " + loss));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                losses.add(
                        topic + " " + type + " does not decode into " + record.getSimpleName() + ": " + e.getMessage());
            }
        }
        return losses;
    }

    private static boolean processed(DataSource database, String consumer, UUID eventId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from processed_event where consumer = ? and event_id = ?")) {
            query.setString(1, consumer);
            query.setObject(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Optional<String> deadLetterReason(DataSource database, String consumer, UUID eventId)
            throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select reason from dead_letter where consumer = ? and record like ?")) {
            query.setString(1, consumer);
            query.setString(2, "%" + eventId + "%");
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
