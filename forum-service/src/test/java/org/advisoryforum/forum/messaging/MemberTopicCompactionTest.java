package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.messaging.TopicSettings;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * forum.member.v1 is compacted, and an erasure ends with a tombstone: once the real broker has compacted the topic,
 * reading it from the beginning finds no record of the erased member but the tombstone, and their display name nowhere.
 * The test lowers the topic's compaction lag and segment time to seconds, then puts the declared settings back.
 */
@QuarkusTest
class MemberTopicCompactionTest {

    private static final String TOPIC = MemberEvents.TOPIC;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TopicSettings topicSettings;

    @Test
    void theServiceDeclaresTheMemberTopicCompacted() throws Exception {
        Forum.newMember("declared"); // the topic has a record, whoever created it
        await().atMost(Duration.ofSeconds(60)).until(topicSettings::applied);
        Config config = topicConfig();
        assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config.get("min.compaction.lag.ms").value()).isEqualTo("86400000");
        assertThat(config.get("max.compaction.lag.ms").value()).isEqualTo("90000000");
        assertThat(config.get("delete.retention.ms").value()).isEqualTo("604800000");
    }

    @Test
    void afterErasureAndCompactionTheTopicHoldsNoRecordOfTheMemberButATombstoneAndNeverTheirName() throws Exception {
        TestUsers.Person person = Forum.newMember("compacted");
        String displayName = "Member " + person.username();
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        String key = person.id().toString();
        KafkaTopicReader.awaitRecords(
                bootstrapServers,
                TOPIC,
                r -> key.equals(r.key()) && r.value() != null && r.value().contains(displayName),
                Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(60)).until(topicSettings::applied);

        try {
            alter(Map.of(
                    "min.compaction.lag.ms",
                    "0",
                    "max.compaction.lag.ms",
                    "1000",
                    "segment.ms",
                    "1000",
                    "min.cleanable.dirty.ratio",
                    "0.01"));
            given().auth()
                    .oauth2(person.token())
                    .delete("/api/forum/members/me")
                    .then()
                    .statusCode(204);

            // the erasure notice, then the tombstone, in that order
            List<ConsumerRecord<String, String>> before = KafkaTopicReader.awaitRecords(
                    bootstrapServers, TOPIC, r -> key.equals(r.key()) && r.value() == null, Duration.ofSeconds(20));
            assertThat(before).hasSize(1);

            // a segment rolls at the next record once segment.ms has passed; the cleaner runs every 15 s
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(3))
                    .untilAsserted(() -> {
                        EventSender.send(
                                bootstrapServers, TOPIC, UUID.randomUUID().toString(), null);
                        List<ConsumerRecord<String, String>> theirs =
                                KafkaTopicReader.readAll(bootstrapServers, TOPIC, Duration.ofSeconds(10)).stream()
                                        .filter(r -> key.equals(r.key())
                                                || (r.value() != null
                                                        && r.value().contains(displayName)))
                                        .toList();
                        assertThat(theirs).as("records of the erased member").hasSize(1);
                        assertThat(theirs.getFirst().key()).isEqualTo(key);
                        assertThat(theirs.getFirst().value()).isNull();
                    });
        } finally {
            topicSettings.apply(topicSettings.declared());
        }
    }

    private Config topicConfig() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            return admin.describeConfigs(List.of(topic))
                    .all()
                    .get(20, TimeUnit.SECONDS)
                    .get(topic);
        }
    }

    private void alter(Map<String, String> settings) throws Exception {
        try (Admin admin = admin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            admin.incrementalAlterConfigs(Map.of(
                            topic,
                            settings.entrySet().stream()
                                    .map(e -> new AlterConfigOp(
                                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                    .toList()))
                    .all()
                    .get(20, TimeUnit.SECONDS);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(props);
    }
}
