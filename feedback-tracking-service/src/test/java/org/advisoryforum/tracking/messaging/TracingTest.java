package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.platform.test.tracing.InMemorySpans;
import org.advisoryforum.platform.test.tracing.Traces;
import org.advisoryforum.tracking.service.DifferenceReviews;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tracing through feedback-tracking-service's outbox (issue 14), on the real PostgreSQL, Kafka and Keycloak: a staff
 * request that moves an action and the tracking.outcome.v1 event it writes are one trace (the record's W3C
 * traceparent, under the relay's producer span), and a consumer of this service continues the trace of what the outbox
 * sent, its log line showing the trace id; the scheduled review check has a trace of its own, which its events carry.
 * Spans are read from platform-test's in-memory exporter.
 */
@QuarkusTest
class TracingTest {

    private static final String OUTCOMES = "tracking.outcome.v1";
    private static final String MEMBERS = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    InMemorySpans spans;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Outbox outbox;

    @Inject
    DifferenceReviews reviews;

    @Test
    void anActionStatusRequestAndTheEventItWritesAreOneTrace() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "DEFERRED", "reason", "Waiting for the law to change."))
                .post("/api/tracking/actions/" + c.notAdopted + "/status")
                .then()
                .statusCode(200);

        Traces.assertARequestsEventCarriesItsTrace(
                spans,
                "POST",
                "/api/tracking/actions/" + c.notAdopted + "/status",
                OUTCOMES,
                r -> c.consultationId().toString().equals(r.key())
                        && Traces.header(r, "ce_type").equals("action-status-changed"));
    }

    @Test
    void theReviewCheckHasATraceOfItsOwnAndTheEventsItWritesCarryIt() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID()).awaitConsumed(db);
        c.recordActionForReview(Tokens.accessToken("sam"));

        // as the scheduler calls it: no request, no span current
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
        reviews.askDue(Instant.parse("2026-06-29T23:30:00Z"));

        ConsumerRecord<String, String> record = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                OUTCOMES,
                r -> c.consultationId().toString().equals(r.key())
                        && Traces.header(r, "ce_type").equals("difference-asked"),
                Duration.ofSeconds(20));
        String traceId = Traces.header(record, "traceparent").split("-")[1];
        SpanData send = Traces.awaitSendSpan(spans, record, traceId);
        SpanData check = Traces.awaitSpan(
                spans,
                s -> s.getKind() == SpanKind.INTERNAL
                        && s.getTraceId().equals(traceId)
                        && s.getName().equals("DifferenceReviews.askDue"));
        assertThat(check.getParentSpanContext().isValid())
                .as("a trace of its own")
                .isFalse();
        assertThat(send.getParentSpanId()).isEqualTo(check.getSpanId());
    }

    @Test
    void aConsumerContinuesTheTraceOfTheEventThatTheOutboxSentAndItsLogLineShowsIt() {
        String member = UUID.randomUUID().toString();
        // a type this service's forum.member.v1 consumer ignores: only the trace is under test here
        Traces.assertAConsumerContinuesTheTraceOfAnOutboxEvent(
                spans,
                openTelemetry,
                MEMBERS,
                type -> QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(MEMBERS, type, 1, member, Map.of("memberId", member))));
    }
}
