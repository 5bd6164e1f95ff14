package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.MemberTrackingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.function.Consumer;

/** forum.member.v1: perspectives, region and consent of members; erasure. */
@ApplicationScoped
public class MemberConsumer implements EventConsumer {

    static final String CONSUMER = "tracking.forum-member";

    private final EventHandlers handlers;
    private final MemberTrackingService members;

    public MemberConsumer(EventHandlers handlers, MemberTrackingService members) {
        this.handlers = handlers;
        this.members = members;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "joined", event -> members.joined(handlers.payload(event, MemberEvent.Joined.class)),
                "profile-changed", event -> members.profileChanged(handlers.payload(event, MemberEvent.ProfileChanged.class)),
                "consent-changed", event -> members.consentChanged(handlers.payload(event, MemberEvent.ConsentChanged.class)),
                "erased", event -> members.erased(handlers.payload(event, MemberEvent.Erased.class)));
    }

    @Incoming("forum-member")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
