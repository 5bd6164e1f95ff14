package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.ConsultationTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

@ApplicationScoped
public class ConsultationLifecycleConsumer {

    static final String CONSUMER = "tracking.consultation-lifecycle";

    private final EventHandlers handlers;
    private final ConsultationTrackingService tracking;

    public ConsultationLifecycleConsumer(EventHandlers handlers, ConsultationTrackingService tracking) {
        this.handlers = handlers;
        this.tracking = tracking;
    }

    @Incoming("consultation-lifecycle")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(CONSUMER, record, Map.of(
                "published", event -> tracking.published(handlers.payload(event, LifecycleEvent.Published.class)),
                "closed", event -> tracking.closed(handlers.payload(event, LifecycleEvent.Closed.class)),
                "draft-revised", event -> tracking.draftRevised(handlers.payload(event, LifecycleEvent.DraftRevised.class)),
                "outcome-published", event -> tracking.outcomePublished(
                        handlers.payload(event, LifecycleEvent.OutcomePublished.class))));
    }
}
