package org.advisoryforum.forum.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.forum.service.InvolvementService;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** consultation.response.v1: submitted responses enter the member's involvement ledger, withdrawn ones leave it. */
@ApplicationScoped
public class ConsultationResponseConsumer {

    static final String CONSUMER = "forum.consultation-response";

    private final EventHandlers handlers;
    private final InvolvementService involvement;

    public ConsultationResponseConsumer(EventHandlers handlers, InvolvementService involvement) {
        this.handlers = handlers;
        this.involvement = involvement;
    }

    @Incoming("consultation-responses")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(CONSUMER, record, Map.of(
                "submitted", event -> involvement.responseSubmitted(
                        handlers.payload(event, ResponseEvents.Submitted.class)),
                "withdrawn", event -> involvement.responseWithdrawn(
                        handlers.payload(event, ResponseEvents.Withdrawn.class))));
    }
}
