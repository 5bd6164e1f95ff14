package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.messaging.KeyPointEvent;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;

import java.time.Instant;
import java.util.List;

/** Key points ("you said") and the inputs they link to. */
@ApplicationScoped
public class KeyPointTrackingService {

    private final KeyPointRepository keyPoints;
    private final KeyPointInputRepository keyPointInputs;
    private final PublicOutcomeService outcomes;

    public KeyPointTrackingService(KeyPointRepository keyPoints, KeyPointInputRepository keyPointInputs,
                                   PublicOutcomeService outcomes) {
        this.keyPoints = keyPoints;
        this.keyPointInputs = keyPointInputs;
        this.outcomes = outcomes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(KeyPointEvent event) {
        KeyPoint keyPoint = keyPoints.findByIdOptional(event.id()).orElseGet(KeyPoint::new);
        keyPoint.id = event.id();
        keyPoint.consultationId = event.consultationId();
        keyPoint.text = event.text();
        keyPoint.createdAt = event.createdAt() == null ? Instant.now() : event.createdAt();
        keyPoints.persist(keyPoint);
        for (KeyPointEvent.Input in : event.inputs() == null ? List.<KeyPointEvent.Input>of() : event.inputs()) {
            if (keyPointInputs.exists(keyPoint.id, in.inputId())) {
                continue;
            }
            KeyPointInput link = new KeyPointInput();
            link.keyPointId = keyPoint.id;
            link.inputId = in.inputId();
            link.responseId = in.responseId();
            link.memberId = in.memberId();
            link.kind = in.kind() == null ? "ANSWER" : in.kind();
            link.questionKey = in.questionKey();
            link.sectionKey = in.sectionKey();
            keyPointInputs.persist(link);
        }
        outcomes.refresh(keyPoint.consultationId);
    }
}
