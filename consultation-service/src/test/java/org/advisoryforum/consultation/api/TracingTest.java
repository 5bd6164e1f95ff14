package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.platform.test.tracing.InMemorySpans;
import org.advisoryforum.platform.test.tracing.LogLines;
import org.advisoryforum.platform.test.tracing.Traces;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tracing through the outbox (issue 14), on the real PostgreSQL and Kafka: the request's trace id is stored with the
 * outbox row, the relay's record carries it in its W3C traceparent header under a producer span, a consumer continues
 * the same trace, and log lines show the trace and span ids. Spans are read from an in-memory exporter
 * (platform-test's tracing support, shared with the other services' TracingTests).
 */
@QuarkusTest
class TracingTest {

    private static final String LIFECYCLE = "consultation.lifecycle.v1";
    private static final String MEMBERS = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    InMemorySpans spans;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aPublishRequestsTraceIsStoredWithItsOutboxRowAndCarriedInTheRecordsTraceparentHeader() {
        String id = ConsultationResourceTest.create(ConsultationResourceTest.consultation("Traced publish"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200);

        SpanData publish = Traces.assertARequestsEventCarriesItsTrace(
                spans,
                "POST",
                "/api/consultations/" + id + "/publish",
                LIFECYCLE,
                r -> id.equals(r.key()) && Traces.header(r, "ce_type").equals("published"));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery(
                        "select traceparent from outbox_event where aggregate_id = :id and type = 'published'")
                .setParameter("id", id)
                .getSingleResult());
        assertThat(stored).startsWith("00-" + publish.getTraceId() + "-");
        assertThat(publish.getParentSpanId()).isEqualTo(stored.split("-")[2]);
    }

    @Test
    void aConsumerContinuesTheTraceOfTheEventThatTheOutboxSentAndItsLogLinesShowIt() {
        String member = UUID.randomUUID().toString();
        // a type this service's forum.member.v1 consumer ignores: only the trace is under test here
        Traces.assertAConsumerContinuesTheTraceOfAnOutboxEvent(
                spans,
                openTelemetry,
                MEMBERS,
                type -> QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(MEMBERS, type, 1, member, Map.of("memberId", member))));
    }

    @Test
    void aRowWrittenOutsideATraceIsSentWithoutATraceparentHeader() {
        String member = UUID.randomUUID().toString();
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(MEMBERS, "tracing-probe", 1, member, Map.of("memberId", member)));

        ConsumerRecord<String, String> record = KafkaTopicReader.awaitRecord(
                bootstrapServers, MEMBERS, r -> member.equals(r.key()), Duration.ofSeconds(20));
        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(Traces.header(record, "ce_type")).isEqualTo("tracing-probe");
    }

    @Test
    void aLogLineWrittenInsideASpanShowsItsTraceAndSpanIds() {
        SpanContext span;
        try (LogLines lines = LogLines.capture("org.advisoryforum.tracing-test")) {
            span = Traces.inASpan(
                    openTelemetry,
                    "logs a line",
                    () -> org.jboss.logging.Logger.getLogger("org.advisoryforum.tracing-test")
                            .info("inside a span"));
            assertThat(lines.lines())
                    .singleElement()
                    .asString()
                    .contains("traceId=" + span.getTraceId())
                    .contains("spanId=" + span.getSpanId())
                    .contains("inside a span");
        }
    }
}
