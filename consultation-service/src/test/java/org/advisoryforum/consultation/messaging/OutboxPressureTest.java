package org.advisoryforum.consultation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.outbox.OutboxBacklog;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The outbox and the consumer under pressure, on this service's real database and broker: the backlog metrics, the
 * stuck-outbox health check and the consumer lag. The relay is held off the way a second relay would hold it (by its
 * advisory lock, taken here); the consumer is held up by a lock on the table its transactions write first.
 */
@QuarkusTest
class OutboxPressureTest {

    private static final String TOPIC = "test.outbox-pressure.v1";
    private static final long RELAY_LOCK_KEY = 0x6f7574626f78L; // OutboxRelay's

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    // health and metrics live on the management interface (paths under its root, /q)
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/well", management = true)
    URL wellness;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    Outbox outbox;

    @Inject
    OutboxBacklog backlog;

    @Inject
    EntityManager entityManager;

    @Test
    void pendingRowsAndTheOldestAgeAreMetricsAndAnOutboxStuckPastTheConfiguredAgeIsDegradedUntilSent()
            throws SQLException {
        await().atMost(Duration.ofSeconds(20)).until(() -> backlog.measure().pending() == 0);
        List<String> keys = IntStream.range(0, 3)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        try (Connection relayHolder = DriverManager.getConnection(jdbcUrl, username, password)) {
            try (Statement statement = relayHolder.createStatement()) {
                statement.execute("select pg_advisory_lock(" + RELAY_LOCK_KEY + ")");
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> keys.forEach(key -> outbox.publish(TOPIC, "noted", 1, key, Map.of("n", key))));

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(metric("platform_outbox_pending")).isEqualTo(3.0));
            assertThat(metric("platform_outbox_oldest_pending_age_seconds")).isBetween(0.0, 60.0);
            JsonPath fresh = wellness(200);
            assertThat(fresh.getString("checks.find { it.name == 'outbox' }.data.state"))
                    .isEqualTo("OK");
            assertThat(fresh.getString("checks.find { it.name == 'outbox' }.data.stuckAfter"))
                    .isEqualTo("PT5M");

            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery(
                                    "update outbox_event set created_at = created_at - interval '1 hour' where aggregate_id = :key")
                            .setParameter("key", keys.get(0))
                            .executeUpdate());

            JsonPath stuck = wellness(503);
            assertThat(stuck.getString("status")).isEqualTo("DOWN");
            assertThat(stuck.getString("checks.find { it.name == 'outbox' }.data.state"))
                    .isEqualTo("DEGRADED");
            assertThat(stuck.getInt("checks.find { it.name == 'outbox' }.data.pending"))
                    .isEqualTo(3);
            assertThat(stuck.getLong("checks.find { it.name == 'outbox' }.data.oldestPendingAgeSeconds"))
                    .isGreaterThanOrEqualTo(3600);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(metric("platform_outbox_oldest_pending_age_seconds"))
                            .isGreaterThanOrEqualTo(3600.0));
            // the overall health shows it; the service still serves: readiness does not depend on the outbox
            given().get(health).then().statusCode(503);
            given().get(readiness).then().statusCode(200);

            try (Statement statement = relayHolder.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + RELAY_LOCK_KEY + ")");
            }
        }

        for (String key : keys) {
            KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> key.equals(r.key()), Duration.ofSeconds(20));
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(wellness(200).getString("checks.find { it.name == 'outbox' }.data.state"))
                                .isEqualTo("OK"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(metric("platform_outbox_pending")).isZero();
            assertThat(metric("platform_outbox_oldest_pending_age_seconds")).isZero();
        });
    }

    @Test
    void recordsAConsumerHasNotProcessedAreItsLagUntilItCatchesUp() throws SQLException {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(memberLag()).isZero());
        List<String> members = IntStream.range(0, 5)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        List<UUID> events = new ArrayList<>();

        try (Connection holder = DriverManager.getConnection(jdbcUrl, username, password)) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) { // the consumer's transactions wait behind this
                statement.execute("lock table processed_event in share mode");
            }
            for (String memberId : members) {
                UUID eventId = UUID.randomUUID();
                events.add(eventId);
                EventSender.send(
                        bootstrapServers, "forum.member.v1", memberId, """
                        {"eventId":"%s","type":"profile-changed","version":1,"occurredAt":"2026-01-01T00:00:00Z",
                         "aggregateId":"%s","payload":{"memberId":"%s","perspectives":["CARER"],"region":"LONDON"}}
                        """.formatted(eventId, memberId, memberId));
            }

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(memberLag()).isEqualTo(5.0));
            // the Kafka client's own meter is there too (it counts from what was fetched, not what was processed)
            assertThat(scrape())
                    .anyMatch(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{")
                            && line.contains("client_id=\"kafka-consumer-forum-member\""));
            holder.rollback();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(memberLag()).isZero());
        assertThat(events)
                .allSatisfy(eventId -> assertThat(QuarkusTransaction.requiringNew()
                                .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from processed_event where event_id = :id")
                                                .setParameter("id", eventId)
                                                .getSingleResult())
                                        .longValue()))
                        .isEqualTo(1));
    }

    private double memberLag() {
        return scrape().stream()
                .filter(line -> line.startsWith("platform_consumer_lag{")
                        && line.contains("channel=\"forum-member\"")
                        && line.contains("group=\"consultation-service\"")
                        && line.contains("topic=\"forum.member.v1\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("platform_consumer_lag of forum-member is not in /q/metrics"));
    }

    private List<String> scrape() {
        return given().get(metrics)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
    }

    private JsonPath wellness(int status) {
        return given().get(wellness).then().statusCode(status).extract().jsonPath();
    }

    /** The value of an untagged meter in the Prometheus scrape. */
    private double metric(String name) {
        return scrape().stream()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in /q/metrics"));
    }
}
