package org.advisoryforum.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Quarkus-free check that the test resources start real components and the helpers work. */
class TestResourcesSanityTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void postgresResourceGivesAWorkingDatasourceAndIsShared() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "forum"));
        Map<String, String> config = resource.start();
        assertThat(config)
                .containsOnlyKeys(
                        "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password");
        try (Connection connection = DriverManager.getConnection(
                        config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("forum");
        }
        PostgresTestResource other = new PostgresTestResource();
        other.init(Map.of());
        Map<String, String> second = other.start();
        assertThat(second.get("quarkus.datasource.jdbc.url"))
                .isEqualTo(config.get("quarkus.datasource.jdbc.url").replace("/forum", "/app"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void kafkaResourceSurvivesABrokerRestart() throws Exception {
        Map<String, String> config = new KafkaTestResource().start();
        String bootstrap = config.get("kafka.bootstrap.servers");
        assertThat(config).containsEntry("mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrap);
        assertThat(new KafkaTestResource().start()).isEqualTo(config); // one broker per JVM

        assertThat(KafkaTopicReader.readAll(bootstrap, "no-such-topic", Duration.ofSeconds(1)))
                .isEmpty();
        send(bootstrap, "sanity", "a", "first");
        KafkaTestResource.broker().stop();
        assertThat(KafkaTestResource.broker().isRunning()).isFalse();
        KafkaTestResource.broker().start();
        assertThat(KafkaTestResource.broker().bootstrapServers()).isEqualTo(bootstrap);
        send(bootstrap, "sanity", "b", "second");

        List<ConsumerRecord<String, String>> all =
                KafkaTopicReader.readAll(bootstrap, "sanity", Duration.ofSeconds(20));
        assertThat(all).extracting(ConsumerRecord::value).containsExactly("first", "second");
        assertThat(KafkaTopicReader.awaitRecord(bootstrap, "sanity", r -> "b".equals(r.key()), Duration.ofSeconds(20))
                        .value())
                .isEqualTo("second");
        assertThat(KafkaTopicReader.awaitRecords(bootstrap, "sanity", r -> true, 2, Duration.ofSeconds(20)))
                .hasSize(2);
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void keycloakResourceAndTokens() {
        long started = System.nanoTime();
        Map<String, String> config = new KeycloakTestResource().start();
        System.out.printf(
                "KeycloakTestResource.start() took %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        String baseUrl = config.get("keycloak.url");
        assertThat(config).containsEntry("quarkus.oidc.auth-server-url", baseUrl + "/realms/advisory-forum");

        JsonNode amara = Tokens.claims(Tokens.accessToken("amara"));
        assertThat(amara.path("preferred_username").asText()).isEqualTo("amara");
        assertThat(amara.path("sub").asText()).isNotBlank();
        assertThat(texts(amara.path("realm_access").path("roles"))).contains("member");

        JsonNode sam = Tokens.claims(Tokens.accessToken(baseUrl, "sam"));
        assertThat(texts(sam.path("realm_access").path("roles")))
                .contains("staff")
                .doesNotContain("member");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static void send(String bootstrap, String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
