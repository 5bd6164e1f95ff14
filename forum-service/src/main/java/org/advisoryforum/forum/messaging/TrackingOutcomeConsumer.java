package org.advisoryforum.forum.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.forum.service.ActionUpdates;
import org.advisoryforum.forum.service.DifferenceQuestions;
import org.advisoryforum.forum.service.QuoteModerationNotices;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * tracking.outcome.v1: tell each member whose input an action came from that it moved, authors whose words moderation
 * changed, and ask the members behind an action under review whether it made a difference.
 */
@ApplicationScoped
public class TrackingOutcomeConsumer implements EventConsumer {

    static final String CONSUMER = "forum.tracking-outcome";

    private final EventHandlers handlers;
    private final ActionUpdates updates;
    private final QuoteModerationNotices moderation;
    private final DifferenceQuestions differences;

    public TrackingOutcomeConsumer(
            EventHandlers handlers,
            ActionUpdates updates,
            QuoteModerationNotices moderation,
            DifferenceQuestions differences) {
        this.handlers = handlers;
        this.updates = updates;
        this.moderation = moderation;
        this.differences = differences;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "action-status-changed",
                        event -> updates.actionStatusChanged(handlers.payload(event, ActionStatusChanged.class)),
                "quote-moderated", event -> moderation.quoteModerated(handlers.payload(event, QuoteModerated.class)),
                "difference-asked",
                        event -> differences.differenceAsked(handlers.payload(event, DifferenceAsked.class)));
    }

    @Incoming("tracking-outcomes")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
