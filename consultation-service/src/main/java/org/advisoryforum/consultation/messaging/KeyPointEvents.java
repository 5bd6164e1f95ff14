package org.advisoryforum.consultation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.consultation.api.KeyPointView;
import org.advisoryforum.consultation.domain.Voices;
import org.advisoryforum.platform.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** consultation.keypoint.v1: a key point with the ids of the inputs behind it and its voices (no words of members). */
@ApplicationScoped
public class KeyPointEvents {

    public static final String TOPIC = "consultation.keypoint.v1";

    private final Outbox outbox;

    public KeyPointEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The same event whether staff made the key point by hand or accepted a suggestion: provenance stays inside. */
    public void created(KeyPointView keyPoint) {
        outbox.publish(TOPIC, "created", 1, keyPoint.consultationId().toString(), new Created(keyPoint.id(),
                keyPoint.consultationId(), keyPoint.text(), keyPoint.createdAt(), keyPoint.inputs(), keyPoint.voices()));
    }

    public record Created(UUID id, UUID consultationId, String text, Instant createdAt, List<KeyPointView.Input> inputs,
                          Voices voices) {
    }
}
