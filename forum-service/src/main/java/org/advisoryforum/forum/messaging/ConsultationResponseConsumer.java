package org.advisoryforum.forum.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.forum.service.InvolvementService;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** consultation.response.v1: submitted responses enter the member's involvement ledger, withdrawn ones leave it. */
@ApplicationScoped
public class ConsultationResponseConsumer implements EventConsumer {

    static final String CONSUMER = "forum.consultation-response";

    private final EventHandlers handlers;
    private final InvolvementService involvement;

    public ConsultationResponseConsumer(EventHandlers handlers, InvolvementService involvement) {
        this.handlers = handlers;
        this.involvement = involvement;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "submitted",
                        event -> involvement.responseSubmitted(handlers.payload(event, ResponseEvents.Submitted.class)),
                "withdrawn",
                        event ->
                                involvement.responseWithdrawn(handlers.payload(event, ResponseEvents.Withdrawn.class)));
    }

    @Incoming("consultation-responses")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
