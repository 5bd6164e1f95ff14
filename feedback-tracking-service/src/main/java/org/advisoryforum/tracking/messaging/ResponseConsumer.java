package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.ResponseTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** consultation.response.v1: responses as input references; amended replaces a response's inputs. */
@ApplicationScoped
public class ResponseConsumer implements EventConsumer {

    static final String CONSUMER = "tracking.consultation-response";

    private final EventHandlers handlers;
    private final ResponseTrackingService responses;

    public ResponseConsumer(EventHandlers handlers, ResponseTrackingService responses) {
        this.handlers = handlers;
        this.responses = responses;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "submitted", event -> responses.submitted(handlers.payload(event, ResponseEvent.Submitted.class)),
                "amended", event -> responses.submitted(handlers.payload(event, ResponseEvent.Submitted.class)),
                "withdrawn", event -> responses.withdrawn(handlers.payload(event, ResponseEvent.Withdrawn.class)));
    }

    @Incoming("consultation-response")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
