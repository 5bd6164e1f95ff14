package org.advisoryforum.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "consultation.lifecycle.v1";

    @Test
    void everySchemaFileIsInTheIndexAndEveryIndexedTypeHasASchema() throws IOException {
        Path root = Path.of("src/main/resources/contracts");
        Map<String, Set<String>> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(".schema.json")
                            && !f.getParent().equals(root))
                    .forEach(f -> onDisk.computeIfAbsent(
                                    f.getParent().getFileName().toString(), t -> new TreeSet<>())
                            .add(f.getFileName().toString().replace(".schema.json", "")));
        }
        Map<String, Set<String>> indexed = new TreeMap<>();
        EventContracts.topics().forEach((topic, types) -> indexed.put(topic, new TreeSet<>(types)));
        assertThat(indexed).isEqualTo(onDisk);
        assertThat(indexed.keySet())
                .contains(
                        "consultation.lifecycle.v1",
                        "consultation.response.v1",
                        "consultation.keypoint.v1",
                        "forum.member.v1",
                        "forum.meeting.v1",
                        "tracking.outcome.v1");
    }

    @Test
    void everyTopicNameEndsWithItsVersion() {
        assertThat(EventContracts.topics().keySet()).allMatch(topic -> topic.matches("[a-z]+\\.[a-z]+\\.v[0-9]+"));
    }

    @Test
    void everySchemaHasExamplesAndEachExampleKeepsItsContractInAnEnvelope() {
        EventContracts.topics()
                .forEach((topic, types) -> types.forEach(type -> {
                    assertThat(EventContracts.examples(topic, type))
                            .as(topic + " " + type)
                            .isNotEmpty();
                    assertThat(EventContracts.schemaDocument(topic, type)
                                    .orElseThrow()
                                    .path("$schema")
                                    .asText())
                            .isEqualTo("https://json-schema.org/draft/2020-12/schema");
                    for (String envelope : EventContracts.exampleEnvelopes(topic, type, "key-1")) {
                        assertThat(EventContracts.violations(topic, envelope))
                                .as(topic + " " + type)
                                .isEmpty();
                    }
                }));
    }

    @Test
    void anEventTypeWithoutASchemaBreaksTheContract() {
        String envelope = EventContracts.envelope("archived", "key-1", JSON.createObjectNode());
        assertThat(EventContracts.violations(TOPIC, envelope))
                .singleElement()
                .asString()
                .contains("no contract for type 'archived' on consultation.lifecycle.v1");
        assertThat(EventContracts.violations(
                        "unknown.topic.v1",
                        EventContracts.exampleEnvelopes(TOPIC, "closed", "k").getFirst()))
                .isNotEmpty();
    }

    @Test
    void aFieldTheSchemaDoesNotNameBreaksTheContract() {
        ObjectNode payload =
                (ObjectNode) EventContracts.examples(TOPIC, "closed").getFirst();
        payload.put("closedBy", "someone@example.org");
        assertThat(EventContracts.violations(TOPIC, EventContracts.envelope("closed", "k", payload)))
                .anyMatch(v -> v.contains("closedBy"));
    }

    @Test
    void aMissingFieldAWrongFormatOrAnUnknownEnumValueBreaksTheContract() {
        ObjectNode missing =
                (ObjectNode) EventContracts.examples(TOPIC, "closed").getFirst();
        missing.remove("closedAt");
        assertThat(EventContracts.violations(TOPIC, EventContracts.envelope("closed", "k", missing)))
                .anyMatch(v -> v.contains("closedAt"));

        ObjectNode badId = (ObjectNode) EventContracts.examples(TOPIC, "closed").getFirst();
        badId.put("consultationId", "not-a-uuid");
        assertThat(EventContracts.violations(TOPIC, EventContracts.envelope("closed", "k", badId)))
                .isNotEmpty();

        ObjectNode badTime =
                (ObjectNode) EventContracts.examples(TOPIC, "closed").getFirst();
        badTime.put("closedAt", "yesterday");
        assertThat(EventContracts.violations(TOPIC, EventContracts.envelope("closed", "k", badTime)))
                .isNotEmpty();

        ObjectNode badKind =
                (ObjectNode) EventContracts.examples(TOPIC, "published").getFirst();
        badKind.put("kind", "guidance");
        assertThat(EventContracts.violations(TOPIC, EventContracts.envelope("published", "k", badKind)))
                .anyMatch(v -> v.contains("kind"));
    }

    @Test
    void anEnvelopeWithoutItsIdOrWithAnExtraFieldBreaksTheContract() throws IOException {
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                EventContracts.exampleEnvelopes(TOPIC, "closed", "k").getFirst());
        envelope.remove("eventId");
        envelope.put("email", "someone@example.org");
        assertThat(EventContracts.violations(TOPIC, envelope.toString()))
                .anyMatch(v -> v.startsWith("envelope:") && v.contains("eventId"))
                .anyMatch(v -> v.startsWith("envelope:") && v.contains("email"));
        assertThat(EventContracts.violations(TOPIC, "{not json"))
                .singleElement()
                .asString()
                .startsWith("not JSON");
    }

    @Test
    void lossesNameWhatADecodedRecordDroppedOrChangedButNotWhatItIgnores() throws IOException {
        JsonNode example = JSON.readTree("""
                {"id":"a","at":"2026-03-30T17:00:00Z","n":1,"list":[{"k":"x"}],"ignored":true}""");
        assertThat(EventContracts.losses(example, JSON.readTree("""
                {"id":"a","at":"2026-03-30T17:00:00.000Z","n":1.0,"list":[{"k":"x"}]}"""))).isEmpty();
        assertThat(EventContracts.losses(example, JSON.readTree("""
                {"id":"b","n":1,"list":[{"k":null}],"extra":5}""")))
                .containsExactlyInAnyOrder(
                        "id: example has \"a\", decoded as \"b\"",
                        "list[0].k: example has \"x\", decoded as null",
                        "extra: not in the example but decoded as 5");
    }
}
