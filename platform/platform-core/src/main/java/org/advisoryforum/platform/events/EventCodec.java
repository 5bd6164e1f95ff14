package org.advisoryforum.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Turns payload records into envelopes and back, with the service's configured Jackson mapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventEnvelope envelope(String type, int version, String aggregateId, Object payload) {
        JsonNode body = mapper.valueToTree(payload);
        return new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(), aggregateId, body);
    }

    public String toJson(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event envelope could not be written as JSON", e);
        }
    }

    /** @throws PoisonEventException when the text is not a valid envelope: retrying cannot help. */
    public EventEnvelope parse(String json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new PoisonEventException("empty event");
            }
            return envelope;
        } catch (JsonProcessingException | NullPointerException | IllegalArgumentException e) {
            throw new PoisonEventException(
                    "not a valid event envelope: " + e.getClass().getSimpleName());
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("payload of " + envelope.type() + " " + envelope.eventId()
                    + " does not match " + type.getSimpleName());
        }
    }
}
