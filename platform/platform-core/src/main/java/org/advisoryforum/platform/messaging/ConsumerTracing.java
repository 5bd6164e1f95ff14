package org.advisoryforum.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.opentelemetry.runtime.QuarkusContextStorage;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.providers.locals.LocalContextMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every consumer handles a record inside the trace that the record's {@code traceparent} header continues: the Kafka
 * connector makes a short receive span from the header (a child of the producer's span), but calls the
 * {@code @Incoming} method outside it. This interceptor (the default one of every incoming channel) makes that span's
 * context the current one of the record's own Vert.x context, on which the method runs, so the handler's log lines
 * show the trace id and the outbox events it writes carry the trace on. A record without a trace is left as it is.
 */
@ApplicationScoped
public class ConsumerTracing implements IncomingInterceptor {

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        var tracing = message.getMetadata(TracingMetadata.class);
        var local = message.getMetadata(LocalContextMetadata.class);
        if (tracing.isPresent() && local.isPresent()) {
            Context received = tracing.get().getCurrentContext();
            if (received != null && Span.fromContext(received).getSpanContext().isValid()) {
                // the record's duplicated context lives as long as its processing: nothing to close after it
                QuarkusContextStorage.INSTANCE.attach(local.get().context(), received);
            }
        }
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // nothing to do: the receive span has ended already
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // nothing to do: a failure goes through the channel's failure strategy, and its log lines carry the trace
    }
}
