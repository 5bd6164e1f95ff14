package org.advisoryforum.platform.test.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * In every {@code @QuarkusTest} of an application that traces (platform-tracing), each finished span is also kept in
 * memory, as it ends: a span processor (Quarkus adds every {@link SpanProcessor} bean to its tracer provider) beside
 * the application's exporter, so it changes nothing about what is exported. A test injects it and reads the spans
 * ({@link Traces}).
 */
@Singleton
@Unremovable // Quarkus looks span processors up by type
public class InMemorySpans implements SpanProcessor {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SpanProcessor processor = SimpleSpanProcessor.create(exporter);

    /** Every span finished so far, in the order they ended. */
    public List<SpanData> finished() {
        return exporter.getFinishedSpanItems();
    }

    /** Forgets the spans finished so far. */
    public void reset() {
        exporter.reset();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        processor.onStart(parentContext, span);
    }

    @Override
    public boolean isStartRequired() {
        return processor.isStartRequired();
    }

    @Override
    public void onEnd(ReadableSpan span) {
        processor.onEnd(span);
    }

    @Override
    public boolean isEndRequired() {
        return processor.isEndRequired();
    }

    @Override
    public CompletableResultCode shutdown() {
        return processor.shutdown();
    }

    @Override
    public CompletableResultCode forceFlush() {
        return processor.forceFlush();
    }
}
