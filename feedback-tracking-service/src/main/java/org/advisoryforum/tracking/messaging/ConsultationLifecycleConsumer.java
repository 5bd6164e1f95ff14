package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.ConsultationTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ConsultationLifecycleConsumer implements EventConsumer {

    static final String CONSUMER = "tracking.consultation-lifecycle";

    private final EventHandlers handlers;
    private final ConsultationTrackingService tracking;

    public ConsultationLifecycleConsumer(EventHandlers handlers, ConsultationTrackingService tracking) {
        this.handlers = handlers;
        this.tracking = tracking;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "published", event -> tracking.published(handlers.payload(event, LifecycleEvent.Published.class)),
                "closed", event -> tracking.closed(handlers.payload(event, LifecycleEvent.Closed.class)),
                "draft-revised",
                        event -> tracking.draftRevised(handlers.payload(event, LifecycleEvent.DraftRevised.class)),
                "outcome-published",
                        event -> tracking.outcomePublished(
                                handlers.payload(event, LifecycleEvent.OutcomePublished.class)));
    }

    @Incoming("consultation-lifecycle")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
