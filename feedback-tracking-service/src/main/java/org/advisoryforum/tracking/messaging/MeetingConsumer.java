package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.MeetingTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** forum.meeting.v1: a meeting's published minutes; their action points become tracked actions. */
@ApplicationScoped
public class MeetingConsumer implements EventConsumer {

    static final String CONSUMER = "tracking.forum-meeting";

    private final EventHandlers handlers;
    private final MeetingTrackingService meetings;

    public MeetingConsumer(EventHandlers handlers, MeetingTrackingService meetings) {
        this.handlers = handlers;
        this.meetings = meetings;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "minutes-published", event -> meetings.minutesPublished(handlers.payload(event, MeetingEvent.class)));
    }

    @Incoming("forum-meeting")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
