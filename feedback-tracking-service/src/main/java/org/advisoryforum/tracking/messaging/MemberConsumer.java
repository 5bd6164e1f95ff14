package org.advisoryforum.tracking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.advisoryforum.tracking.service.MemberTrackingService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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
                "profile-changed",
                        event -> members.profileChanged(handlers.payload(event, MemberEvent.ProfileChanged.class)),
                "consent-changed",
                        event -> members.consentChanged(handlers.payload(event, MemberEvent.ConsentChanged.class)),
                "left", event -> members.left(handlers.payload(event, MemberEvent.Left.class)),
                "erased", event -> members.erased(handlers.payload(event, MemberEvent.Erased.class)));
    }

    /**
     * A tombstone (no value) follows a member's erased event; on the compacted topic a consumer that was away long
     * enough finds the tombstone without the erased event before it, so a member still held here is erased then.
     */
    @Incoming("forum-member")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            EventHandlers.tombstoneKey(record).ifPresent(members::tombstone);
            return;
        }
        handlers.dispatch(this, record.value());
    }
}
