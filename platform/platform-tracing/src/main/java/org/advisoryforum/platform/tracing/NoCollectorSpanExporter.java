package org.advisoryforum.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * Tracing is on everywhere (spans, trace ids in log lines, W3C {@code traceparent} on HTTP calls and Kafka records),
 * but nothing is exported until a collector is configured: while neither {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}
 * nor {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} is in the environment (nor {@code platform.tracing.collector}
 * set to anything but {@code none}), this exporter drops every span.
 * <p>
 * Quarkus creates its OTLP exporter at start-up, for {@code http://localhost:4317} when no endpoint is set, unless a
 * {@link SpanExporter} bean can be looked up; without a collector it would fail and warn on every batch. The exporter
 * choice ({@code quarkus.otel.traces.exporter}) is fixed at build time, so this bean, visible to lookups only while
 * {@code platform.tracing.collector} is {@code none} (see META-INF/microprofile-config.properties), is what turns the
 * export off at run time. Once an endpoint is given it is invisible, and Quarkus' OTLP exporter sends the spans.
 */
@ApplicationScoped
@Unremovable // only ever looked up by type (Quarkus and the OpenTelemetry SDK), never injected
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
