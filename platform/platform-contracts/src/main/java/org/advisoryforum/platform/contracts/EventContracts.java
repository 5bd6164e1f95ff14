package org.advisoryforum.platform.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event contracts: {@code contracts/<topic>/<type>.schema.json} (JSON Schema 2020-12) describes the payload of one
 * event type on one topic version, with {@code examples}; {@code contracts/envelope.schema.json} the envelope every
 * event travels in; {@code contracts/index.json} lists them. Producers' tests check what they emitted with
 * {@link #violations(String, String)}; consumers' tests feed {@link #exampleEnvelopes(String, String)} to their
 * consumer. Formats ({@code uuid}, {@code date-time}, {@code date}) are asserted, not only annotated.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> INDEX = readIndex();

    private EventContracts() {}

    /** Every topic with a contract, and its event types. */
    public static Map<String, Set<String>> topics() {
        return INDEX;
    }

    /** The event types of {@code topic} that have a schema (empty for a topic without contracts). */
    public static Set<String> types(String topic) {
        return INDEX.getOrDefault(topic, Set.of());
    }

    /** The schema document of one event type's payload, as JSON; empty if there is none. */
    public static Optional<JsonNode> schemaDocument(String topic, String type) {
        return types(topic).contains(type)
                ? Optional.of(schema(path(topic, type)).getSchemaNode())
                : Optional.empty();
    }

    /**
     * What is wrong with one record value read from {@code topic}: its envelope against the envelope schema, and its
     * payload against the schema of its type. An event type without a schema is a violation; so is text that is not
     * JSON. Empty when the record keeps its contract.
     */
    public static List<String> violations(String topic, String recordValue) {
        JsonNode event;
        try {
            event = JSON.readTree(recordValue);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        schema("contracts/envelope.schema.json")
                .validate(event)
                .forEach(error -> problems.add("envelope: " + describe(error)));
        String type = event.path("type").asText("");
        if (!types(topic).contains(type)) {
            problems.add("no contract for type '" + type + "' on " + topic + " (add contracts/" + topic + "/" + type
                    + ".schema.json to platform-contracts)");
            return problems;
        }
        schema(path(topic, type))
                .validate(event.path("payload"))
                .forEach(error -> problems.add(type + " payload: " + describe(error)));
        return problems;
    }

    /** The payload examples of one event type's schema; fails if the type has no schema. */
    public static List<JsonNode> examples(String topic, String type) {
        JsonNode examples = schemaDocument(topic, type)
                .orElseThrow(() -> new IllegalArgumentException("no contract for " + topic + " " + type))
                .path("examples");
        List<JsonNode> list = new ArrayList<>();
        examples.forEach(example -> list.add(example.deepCopy()));
        return list;
    }

    /**
     * Each example of one event type wrapped in an envelope, as a producer would send it: a fresh {@code eventId},
     * {@code version} 1, now as {@code occurredAt}, {@code aggregateId} as given.
     */
    public static List<String> exampleEnvelopes(String topic, String type, String aggregateId) {
        List<String> envelopes = new ArrayList<>();
        for (JsonNode payload : examples(topic, type)) {
            envelopes.add(envelope(type, aggregateId, payload));
        }
        return envelopes;
    }

    /** One envelope around {@code payload}, with a fresh event id. */
    public static String envelope(String type, String aggregateId, JsonNode payload) {
        return envelope(UUID.randomUUID(), type, aggregateId, payload);
    }

    /** One envelope around {@code payload}: version 1, now as {@code occurredAt}. */
    public static String envelope(UUID eventId, String type, String aggregateId, JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", eventId.toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("aggregateId", aggregateId);
        envelope.set("payload", payload);
        return envelope.toString();
    }

    /**
     * The fields of {@code example} that {@code decoded} (the consumer's record written back as JSON) lost or changed:
     * every field the consumer's record has must come through with the example's value. Fields the record does not
     * have are the consumer's choice to ignore (evolution is add-only).
     */
    public static List<String> losses(JsonNode example, JsonNode decoded) {
        List<String> losses = new ArrayList<>();
        compare("", example, decoded, losses);
        return losses;
    }

    private static void compare(String at, JsonNode example, JsonNode decoded, List<String> losses) {
        if (decoded.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = decoded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                JsonNode given = example.path(field.getKey());
                if (given.isMissingNode()) {
                    if (!field.getValue().isNull()) {
                        losses.add(name + ": not in the example but decoded as " + field.getValue());
                    }
                    continue;
                }
                compare(name, given, field.getValue(), losses);
            }
        } else if (decoded.isArray() && example.isArray() && decoded.size() == example.size()) {
            for (int i = 0; i < decoded.size(); i++) {
                compare(at + "[" + i + "]", example.get(i), decoded.get(i), losses);
            }
        } else if (!sameValue(example, decoded)) {
            losses.add(at + ": example has " + example + ", decoded as " + decoded);
        }
    }

    /** Equal JSON, numbers by value (1 and 1.0), instants by the instant they name. */
    private static boolean sameValue(JsonNode example, JsonNode decoded) {
        if (example.equals(decoded)) {
            return true;
        }
        if (example.isNumber() && decoded.isNumber()) {
            return example.decimalValue().compareTo(decoded.decimalValue()) == 0;
        }
        if (example.isTextual() && decoded.isTextual()) {
            try {
                return Instant.parse(example.asText()).equals(Instant.parse(decoded.asText()));
            } catch (RuntimeException notAnInstant) {
                return false;
            }
        }
        return false;
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " " + error.getMessage();
    }

    private static String path(String topic, String type) {
        return "contracts/" + topic + "/" + type + ".schema.json";
    }

    private static Schema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> REGISTRY.getSchema(read(r)));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable contract resource " + resource, e);
        }
    }

    private static Map<String, Set<String>> readIndex() {
        Map<String, Set<String>> index = new TreeMap<>();
        read("contracts/index.json").path("topics").fields().forEachRemaining(topic -> {
            Set<String> types = new TreeSet<>();
            topic.getValue().forEach(type -> types.add(type.asText()));
            index.put(topic.getKey(), Set.copyOf(types));
        });
        return Map.copyOf(index);
    }
}
