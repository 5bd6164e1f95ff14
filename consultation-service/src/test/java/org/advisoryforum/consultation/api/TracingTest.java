package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/**
 * Tracing through the outbox (issue 14), on the real PostgreSQL and Kafka: the request's trace id is stored with the
 * outbox row, the relay's record carries it in its W3C traceparent header under a producer span, a consumer continues
 * the same trace, and log lines show the trace and span ids. Spans are read from an in-memory exporter.
 */
@QuarkusTest
class TracingTest {

    private static final String LIFECYCLE = "consultation.lifecycle.v1";
    private static final String MEMBERS = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.log.console.format")
    String consoleFormat;

    @Inject
    InMemorySpanExporter spans;

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

        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER
                && s.getName().startsWith("POST ")
                && s.getName().endsWith("/publish")
                && ("/api/consultations/" + id + "/publish")
                        .equals(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("url.path"))));
        String traceId = request.getTraceId();

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery(
                        "select traceparent from outbox_event where aggregate_id = :id and type = 'published'")
                .setParameter("id", id)
                .getSingleResult());
        assertThat(stored).startsWith("00-" + traceId + "-");

        ConsumerRecord<String, String> record = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                LIFECYCLE,
                r -> id.equals(r.key()) && header(r, "ce_type").equals("published"),
                Duration.ofSeconds(20));
        String traceparent = header(record, "traceparent");
        assertThat(traceparent).startsWith("00-" + traceId + "-").endsWith("-01");

        SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER
                && s.getTraceId().equals(traceId)
                && s.getName().equals(LIFECYCLE + " publish"));
        assertThat(traceparent).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        assertThat(publish.getParentSpanId()).isEqualTo(stored.split("-")[2]);
    }

    @Test
    void aConsumerContinuesTheTraceOfTheEventThatTheOutboxSentAndItsLogLinesShowIt() {
        String member = UUID.randomUUID().toString();
        String type = "tracing-probe-" + member.substring(0, 8);
        List<String> lines = new CopyOnWriteArrayList<>();
        org.jboss.logmanager.Logger handlers = org.jboss.logmanager.Logger.getLogger(EventHandlers.class.getName());
        java.util.logging.Level level = handlers.getLevel();
        ExtHandler capture = capturing(lines);
        handlers.setLevel(org.jboss.logmanager.Level.DEBUG); // "ignores event type ..." is a debug line
        handlers.addHandler(capture);
        Span span = openTelemetry
                .getTracer("tracing-test")
                .spanBuilder("writes an event")
                .startSpan();
        String traceId = span.getSpanContext().getTraceId();
        try {
            try (Scope ignored = span.makeCurrent()) {
                // a type this service's forum.member.v1 consumer ignores: only the trace is under test here
                QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(MEMBERS, type, 1, member, Map.of("memberId", member)));
            } finally {
                span.end();
            }

            SpanData received = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER
                    && s.getTraceId().equals(traceId)
                    && s.getName().startsWith(MEMBERS));
            SpanData publish = awaitSpan(
                    s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
            assertThat(received.getParentSpanId()).isEqualTo(publish.getSpanId());
            assertThat(publish.getParentSpanId())
                    .isEqualTo(span.getSpanContext().getSpanId());
            // the handler ran inside the receive span: its log line names the trace
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(lines)
                            .anySatisfy(line -> assertThat(line)
                                    .contains("ignores event type " + type)
                                    .contains("traceId=" + traceId)
                                    .contains("spanId=" + received.getSpanId())));
        } finally {
            handlers.removeHandler(capture);
            handlers.setLevel(level);
        }
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
        assertThat(header(record, "ce_type")).isEqualTo("tracing-probe");
    }

    @Test
    void aLogLineWrittenInsideASpanShowsItsTraceAndSpanIds() {
        List<String> lines = new CopyOnWriteArrayList<>();
        ExtHandler capture = capturing(lines);
        org.jboss.logmanager.Logger logger = org.jboss.logmanager.Logger.getLogger("org.advisoryforum.tracing-test");
        logger.addHandler(capture);
        Span span = openTelemetry
                .getTracer("tracing-test")
                .spanBuilder("logs a line")
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            org.jboss.logging.Logger.getLogger("org.advisoryforum.tracing-test").info("inside a span");
        } finally {
            span.end();
            logger.removeHandler(capture);
        }

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("traceId=" + span.getSpanContext().getTraceId())
                .contains("spanId=" + span.getSpanContext().getSpanId())
                .contains("inside a span");
    }

    /** A log handler that keeps each line as the console would print it (its configured format). */
    private ExtHandler capturing(List<String> lines) {
        PatternFormatter formatter = new PatternFormatter(consoleFormat);
        return new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(formatter.format(record));
            }
        };
    }

    private SpanData awaitSpan(Predicate<SpanData> matching) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> spans.getFinishedSpanItems().stream()
                                .filter(matching)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
