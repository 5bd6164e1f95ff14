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
import org.advisoryforum.platform.test.KafkaTestResource;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LifecycleEventsTest {

    private static final String TOPIC = "consultation.lifecycle.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void publishingSendsAPublishedEventInTheEnvelope() throws Exception {
        String id = ConsultationResourceTest.create(ConsultationResourceTest.consultation("Event envelope check"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200);

        ConsumerRecord<String, String> record =
                KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = json.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo("published");
        assertThat(event.path("version").asInt()).isEqualTo(1);
        assertThat(event.path("aggregateId").asText()).isEqualTo(id);
        assertThat(event.path("eventId").asText()).isNotBlank();
        assertThat(event.path("occurredAt").asText()).isNotBlank();
        assertThat(event.path("payload").path("consultationId").asText()).isEqualTo(id);
        assertThat(event.path("payload").path("title").asText()).isEqualTo("Event envelope check");
        assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("published");
    }

    @Test
    void aPublishIsAcceptedWhileKafkaIsDownAndItsEventArrivesWhenKafkaIsBack() throws Exception {
        String id =
                ConsultationResourceTest.create(ConsultationResourceTest.consultation("Published while Kafka is down"));
        KafkaTestResource.broker().stop();
        try {
            given().auth()
                    .oauth2(Tokens.accessToken("sam"))
                    .post("/api/consultations/" + id + "/publish")
                    .then()
                    .statusCode(200);
            // the event waits in the outbox: the relay has tried and failed while the broker is away
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> QuarkusTransaction.requiringNew()
                            .call(() -> ((Number) entityManager
                                                    .createNativeQuery(
                                                            "select count(*) from outbox_event where aggregate_id = :id and sent_at is null and attempts > 0")
                                                    .setParameter("id", id)
                                                    .getSingleResult())
                                            .intValue()
                                    == 1));
        } finally {
            KafkaTestResource.broker().start();
        }
        ConsumerRecord<String, String> record =
                KafkaTopicReader.awaitRecord(bootstrapServers, TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(60));
        assertThat(json.readTree(record.value()).path("type").asText()).isEqualTo("published");
    }
}
