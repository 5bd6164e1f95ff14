package org.advisoryforum.platform.test.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the services' {@code TracingTest}s check, on the spans an application finished ({@link InMemorySpans}) and the
 * records its outbox relay sent: a request's span, the W3C {@code traceparent} a record carries, the relay's producer
 * span behind it and a consumer's span continuing it.
 */
public final class Traces {

    private static final Duration FINISHED_WITHIN = Duration.ofSeconds(20);
    /** platform-core's dispatcher, whose lines name what each consumer does with an event */
    private static final String EVENT_HANDLERS = "org.advisoryforum.platform.messaging.EventHandlers";

    private Traces() {}

    /** The first finished span that matches, waiting for it at most 20 s (spans are exported in batches). */
    public static SpanData awaitSpan(InMemorySpans spans, Predicate<SpanData> matching) {
        return await("a finished span")
                .atMost(FINISHED_WITHIN)
                .until(() -> spans.finished().stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /**
     * The relay's producer span of a record that continues {@code traceId}: the record's {@code traceparent} header
     * names that trace and this span (sampled).
     */
    public static SpanData awaitSendSpan(InMemorySpans spans, ConsumerRecord<String, String> record, String traceId) {
        String traceparent = header(record, "traceparent");
        assertThat(traceparent)
                .as("the record's traceparent")
                .startsWith("00-" + traceId + "-")
                .endsWith("-01");
        SpanData send = awaitSpan(
                spans,
                s -> s.getKind() == SpanKind.PRODUCER
                        && s.getTraceId().equals(traceId)
                        && s.getName().equals(record.topic() + " publish"));
        assertThat(traceparent).isEqualTo("00-" + traceId + "-" + send.getSpanId() + "-01");
        return send;
    }

    /** A consumer's span of {@code topic} in the trace of the producer span {@code send}, as its child. */
    public static SpanData awaitReceiveSpan(InMemorySpans spans, String topic, SpanData send) {
        SpanData received = awaitSpan(
                spans,
                s -> s.getKind() == SpanKind.CONSUMER
                        && s.getTraceId().equals(send.getTraceId())
                        && s.getName().startsWith(topic));
        assertThat(received.getParentSpanId()).as("the consumer span's parent").isEqualTo(send.getSpanId());
        return received;
    }

    /** Runs {@code work} inside a new span of the application's tracer (as a request would); returns that span. */
    public static SpanContext inASpan(OpenTelemetry openTelemetry, String name, Runnable work) {
        Span span = openTelemetry.getTracer("tracing-test").spanBuilder(name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
        }
        return span.getSpanContext();
    }

    /**
     * A request (its path unique to the test) and the event it wrote through the outbox are one trace: the record of
     * {@code topic} that matches {@code event} carries the request's trace in its {@code traceparent}, under the relay's
     * producer span, whose parent is the request's span or one inside it.
     *
     * @return the relay's producer span
     */
    public static SpanData assertARequestsEventCarriesItsTrace(
            InMemorySpans spans,
            String method,
            String path,
            String topic,
            Predicate<ConsumerRecord<String, String>> event) {
        SpanData request = awaitSpan(
                spans,
                s -> s.getKind() == SpanKind.SERVER
                        && s.getName().startsWith(method + " ")
                        && path.equals(s.getAttributes().get(AttributeKey.stringKey("url.path"))));
        String traceId = request.getTraceId();
        ConsumerRecord<String, String> record = KafkaTopicReader.awaitRecord(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                topic,
                r -> event.test(r) && header(r, "traceparent").startsWith("00-" + traceId + "-"),
                FINISHED_WITHIN);
        SpanData send = awaitSendSpan(spans, record, traceId);
        await("the producer span inside the request's span")
                .atMost(FINISHED_WITHIN)
                .untilAsserted(() -> assertThat(ancestors(spans, send)).contains(request.getSpanId()));
        return send;
    }

    /**
     * A consumer continues the trace of an event its outbox sent: {@code writeProbe} writes an event of the given type
     * (one the consumer of {@code topic} ignores, so only the trace is under test) to the outbox, inside a span; the
     * relay's producer span is that span's child, the consumer's span the producer span's child, and the consumer's log
     * line about the event shows the consumer span's trace and span ids.
     */
    public static void assertAConsumerContinuesTheTraceOfAnOutboxEvent(
            InMemorySpans spans, OpenTelemetry openTelemetry, String topic, Consumer<String> writeProbe) {
        String type = "tracing-probe-" + UUID.randomUUID().toString().substring(0, 8);
        try (LogLines lines = LogLines.captureDebug(EVENT_HANDLERS)) { // "ignores event type ..." is a debug line
            SpanContext writer = inASpan(openTelemetry, "writes an event", () -> writeProbe.accept(type));
            SpanData send = awaitSpan(
                    spans,
                    s -> s.getKind() == SpanKind.PRODUCER
                            && s.getTraceId().equals(writer.getTraceId())
                            && s.getName().equals(topic + " publish"));
            assertThat(send.getParentSpanId()).as("the producer span's parent").isEqualTo(writer.getSpanId());
            SpanData received = awaitReceiveSpan(spans, topic, send);
            lines.awaitLine(line -> assertThat(line)
                    .contains("ignores event type " + type)
                    .contains("traceId=" + writer.getTraceId())
                    .contains("spanId=" + received.getSpanId()));
        }
    }

    /** The ids of the span's parent, its parent's parent and so on, as far as finished spans go. */
    private static List<String> ancestors(InMemorySpans spans, SpanData span) {
        Map<String, String> parents = new HashMap<>();
        spans.finished().stream()
                .filter(s -> s.getTraceId().equals(span.getTraceId()))
                .forEach(s -> parents.put(s.getSpanId(), s.getParentSpanId()));
        List<String> ancestors = new ArrayList<>();
        for (String id = span.getParentSpanId(); id != null && ancestors.size() < 100; id = parents.get(id)) {
            ancestors.add(id);
        }
        return ancestors;
    }

    /** A record's header as text; empty when it has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
