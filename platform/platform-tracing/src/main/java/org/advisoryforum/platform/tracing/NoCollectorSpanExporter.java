package org.advisoryforum.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * Tracing is on everywhere (spans, trace ids in log lines, W3C {@code traceparent} on HTTP calls and Kafka records),
 * but nothing is exported until a collector is configured: while neither {@code quarkus.otel.exporter.otlp.endpoint}
 * nor {@code quarkus.otel.exporter.otlp.traces.endpoint} is set (for example through the environment variable
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}), this exporter drops every span.
 * <p>
 * Quarkus' OTLP exporter is created at start-up, with {@code http://localhost:4317} when no endpoint is set, unless a
 * {@link SpanExporter} bean can be looked up; without a collector it would fail and warn on every batch. The
 * exporter choice ({@code quarkus.otel.traces.exporter}) is fixed at build time, so this bean, visible to lookups only
 * while no endpoint is set ({@code platform.tracing.collector}, see META-INF/microprofile-config.properties), is what
 * turns the export off at run time. Setting an endpoint makes it invisible, and Quarkus' OTLP exporter takes over.
 */
@ApplicationScoped
@LookupIfProperty(name = "platform.tracing.collector", stringValue = "none", lookupIfMissing = true)
public class NoCollectorSpanExporter implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
