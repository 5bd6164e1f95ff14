package org.advisoryforum.consultation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.consultation.service.MemberSnapshotService;
import org.advisoryforum.platform.events.EventEnvelope;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.advisoryforum.platform.messaging.EventHandlers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class MemberEventsConsumer implements EventConsumer {

    static final String CONSUMER = "consultation.forum-member";

    private final EventHandlers handlers;
    private final MemberSnapshotService snapshots;

    public MemberEventsConsumer(EventHandlers handlers, MemberSnapshotService snapshots) {
        this.handlers = handlers;
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                "joined", e -> snapshots.joined(handlers.payload(e, MemberEvent.Joined.class)),
                "profile-changed", e -> snapshots.profileChanged(handlers.payload(e, MemberEvent.ProfileChanged.class)),
                "consent-changed", e -> snapshots.consentChanged(handlers.payload(e, MemberEvent.ConsentChanged.class)),
                "left", e -> snapshots.left(handlers.payload(e, MemberEvent.Left.class)),
                "erased", e -> snapshots.erased(handlers.payload(e, MemberEvent.Erased.class)));
    }

    /**
     * A tombstone (no value) follows a member's erased event; on the compacted topic a consumer that was away long
     * enough finds the tombstone without the erased event before it, so a member still held here is erased then.
     */
    @Incoming("forum-member")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            EventHandlers.tombstoneKey(record).ifPresent(snapshots::tombstone);
            return;
        }
        handlers.dispatch(this, record.value());
    }
}
