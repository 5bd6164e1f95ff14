package org.advisoryforum.forum.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.forum.service.ActionUpdates;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** tracking.outcome.v1: tell each member whose input an action came from that it moved. */
@ApplicationScoped
public class TrackingOutcomeConsumer {

    static final String CONSUMER = "forum.tracking-outcome";

    private final EventHandlers handlers;
    private final ActionUpdates updates;

    public TrackingOutcomeConsumer(EventHandlers handlers, ActionUpdates updates) {
        this.handlers = handlers;
        this.updates = updates;
    }

    @Incoming("tracking-outcomes")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(CONSUMER, record, Map.of(
                "action-status-changed", event -> updates.actionStatusChanged(
                        handlers.payload(event, ActionStatusChanged.class))));
    }
}
