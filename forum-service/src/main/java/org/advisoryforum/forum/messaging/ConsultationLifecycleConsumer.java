package org.advisoryforum.forum.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.forum.service.InvitationService;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ConsultationLifecycleConsumer implements EventConsumer {

    static final String CONSUMER = "forum.consultation-lifecycle";

    private final EventHandlers handlers;
    private final InvitationService invitations;

    public ConsultationLifecycleConsumer(EventHandlers handlers, InvitationService invitations) {
        this.handlers = handlers;
        this.invitations = invitations;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "published",
                event -> invitations.consultationPublished(handlers.payload(event, ConsultationPublished.class)));
    }

    @Incoming("consultation-lifecycle")
    @Blocking
    public void onEvent(String record) {
        handlers.dispatch(this, record);
    }
}
