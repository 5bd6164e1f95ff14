package org.advisoryforum.gateway.config;

import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.quarkus.opentelemetry.runtime.propagation.TextMapPropagatorCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * The gateway is the public edge of the traces: it injects the W3C trace context (and baggage) into its calls to the
 * services, but never extracts one from a request. A public client's {@code traceparent} would otherwise choose the
 * trace id and the sampling decision of everything its request causes (a way to flood or poison the tracing backend,
 * or to link unrelated requests), and its {@code baggage} would travel into the services. So each public request starts
 * a new trace here; the services, reachable only through the gateway, continue the gateway's.
 */
@Singleton
public class EdgeTracePropagator implements TextMapPropagatorCustomizer {

    @Override
    public TextMapPropagator customize(TextMapPropagatorCustomizer.Context context) {
        return new InjectOnly(context.propagator());
    }

    private record InjectOnly(TextMapPropagator delegate) implements TextMapPropagator {

        @Override
        public Collection<String> fields() {
            return delegate.fields();
        }

        @Override
        public <C> void inject(io.opentelemetry.context.Context context, C carrier, TextMapSetter<C> setter) {
            delegate.inject(context, carrier, setter);
        }

        @Override
        public <C> io.opentelemetry.context.Context extract(
                io.opentelemetry.context.Context context, C carrier, TextMapGetter<C> getter) {
            return context;
        }
    }
}
