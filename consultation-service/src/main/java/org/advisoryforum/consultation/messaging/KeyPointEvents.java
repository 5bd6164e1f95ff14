package org.advisoryforum.consultation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.consultation.api.KeyPointView;
import org.advisoryforum.platform.outbox.Outbox;

/** consultation.keypoint.v1: a key point with the ids of the inputs behind it and its voices (no words of members). */
@ApplicationScoped
public class KeyPointEvents {

    public static final String TOPIC = "consultation.keypoint.v1";

    private final Outbox outbox;

    public KeyPointEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(KeyPointView keyPoint) {
        outbox.publish(TOPIC, "created", 1, keyPoint.consultationId().toString(), keyPoint);
    }
}
