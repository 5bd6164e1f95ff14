package org.advisoryforum.consultation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.consultation.api.KeyPointView;
import org.advisoryforum.platform.outbox.Outbox;

/**
 * consultation.keypoint.v1: a key point with the ids of the inputs behind it and its voices (no words of members); its
 * own records, no API or domain types (contract: platform-contracts, contracts/consultation.keypoint.v1/created).
 */
@ApplicationScoped
public class KeyPointEvents {

    public static final String TOPIC = "consultation.keypoint.v1";

    private final Outbox outbox;

    public KeyPointEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The same event whether staff made the key point by hand or accepted a suggestion: provenance stays inside. */
    public void created(KeyPointView keyPoint) {
        outbox.publish(
                TOPIC,
                "created",
                1,
                keyPoint.consultationId().toString(),
                new Created(
                        keyPoint.id(),
                        keyPoint.consultationId(),
                        keyPoint.text(),
                        keyPoint.createdAt(),
                        keyPoint.inputs().stream()
                                .map(i -> new Input(
                                        i.kind(),
                                        i.inputId(),
                                        i.responseId(),
                                        i.memberId(),
                                        i.questionKey(),
                                        i.sectionKey()))
                                .toList(),
                        new Voices(keyPoint.voices().total(), keyPoint.voices().byPerspective())));
    }

    public record Created(
            UUID id, UUID consultationId, String text, Instant createdAt, List<Input> inputs, Voices voices) {}

    /** kind: ANSWER or COMMENT; questionKey for an answer, sectionKey for a comment */
    public record Input(
            String kind, UUID inputId, UUID responseId, UUID memberId, String questionKey, String sectionKey) {}

    /** how many distinct people, and with which perspectives (a person may have several) */
    public record Voices(int total, Map<String, Integer> byPerspective) {}
}
