package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.KeyPointTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** consultation.keypoint.v1: key points with the answers and comments they link to. */
@ApplicationScoped
public class KeyPointConsumer implements EventConsumer {

    static final String CONSUMER = "tracking.consultation-keypoint";

    private final EventHandlers handlers;
    private final KeyPointTrackingService keyPoints;

    public KeyPointConsumer(EventHandlers handlers, KeyPointTrackingService keyPoints) {
        this.handlers = handlers;
        this.keyPoints = keyPoints;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of("created", event -> keyPoints.created(handlers.payload(event, KeyPointEvent.class)));
    }

    @Incoming("consultation-keypoint")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
