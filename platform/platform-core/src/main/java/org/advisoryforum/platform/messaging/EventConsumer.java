package org.advisoryforum.platform.messaging;

import java.util.Map;
import java.util.function.Consumer;
import org.advisoryforum.platform.events.EventEnvelope;

/**
 * A service's consumer of one channel, as a bean: its name (the key of its processed events and dead letters) and its
 * handler per event type. The {@code @Incoming} method passes each record to {@link EventHandlers#dispatch}; a staff
 * replay of a dead letter finds the consumer by name and applies the record through the same handlers.
 */
public interface EventConsumer {

    /** Stable: processed events and dead letters are recorded under it. */
    String name();

    Map<String, Consumer<EventEnvelope>> handlers();
}
