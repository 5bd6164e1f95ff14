package org.advisoryforum.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Carries the W3C trace context through the outbox: {@link #capture} stores the current one with the row when the
 * event is written; {@link #publishSpan} starts the relay's producer span under it when the row is sent and puts the
 * span's context in the record's {@code traceparent}/{@code tracestate} headers, which the consumers' Kafka
 * instrumentation reads, so the trace goes on from the request that made the change. A row written outside any trace
 * gets no header and no span.
 */
final class OutboxTracing {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<OutboxEvent> FROM_ROW = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(OutboxEvent row) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(OutboxEvent row, String key) {
            if (row == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> row.traceparent;
                case TRACESTATE -> row.tracestate;
                default -> null;
            };
        }
    };

    private OutboxTracing() {}

    static void capture(OutboxEvent row) {
        Context current = Context.current();
        if (!Span.fromContext(current).getSpanContext().isValid()) {
            return;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(current, carrier, Map::put);
        row.traceparent = carrier.get(TRACEPARENT);
        String state = carrier.get(TRACESTATE);
        row.tracestate = state == null || state.isEmpty() || state.length() > 512 ? null : state;
    }

    /**
     * A producer span for the row's record, a child of the context stored with the row, its context in the record's
     * headers; null (and no header) when the row was written outside a trace. The caller ends it with
     * {@link #end}.
     */
    static Span publishSpan(Tracer tracer, OutboxEvent row, ProducerRecord<String, String> record) {
        if (row.traceparent == null) {
            return null;
        }
        Context parent = W3C.extract(Context.root(), row, FROM_ROW);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return null;
        }
        Span span = tracer.spanBuilder(row.topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic)
                .setAttribute("messaging.message.id", String.valueOf(row.eventId))
                .setAttribute("event.type", row.type)
                .startSpan();
        W3C.inject(
                parent.with(span),
                record,
                (target, key, value) -> target.headers().add(key, value.getBytes(StandardCharsets.UTF_8)));
        return span;
    }

    static void end(Span span, Exception failure) {
        if (span == null) {
            return;
        }
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
