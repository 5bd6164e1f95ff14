package org.advisoryforum.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event on every topic travels in (see DESIGN.md, "Events").
 * Evolution is add-only: consumers ignore fields they do not know.
 */
public record EventEnvelope(
        UUID eventId, String type, int version, Instant occurredAt, String aggregateId, JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
