package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.messaging.KeyPointEvent;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.TrackedMemberRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** Key points ("you said") and the inputs they link to. */
@ApplicationScoped
public class KeyPointTrackingService {

    private final KeyPointRepository keyPoints;
    private final KeyPointInputRepository keyPointInputs;
    private final TrackedResponseRepository responses;
    private final TrackedMemberRepository members;
    private final PublicOutcomeService outcomes;

    public KeyPointTrackingService(
            KeyPointRepository keyPoints,
            KeyPointInputRepository keyPointInputs,
            TrackedResponseRepository responses,
            TrackedMemberRepository members,
            PublicOutcomeService outcomes) {
        this.keyPoints = keyPoints;
        this.keyPointInputs = keyPointInputs;
        this.responses = responses;
        this.members = members;
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
            link.memberId = memberOf(in);
            link.kind = in.kind() == null ? "ANSWER" : in.kind();
            link.questionKey = in.questionKey();
            link.sectionKey = in.sectionKey();
            keyPointInputs.persist(link);
        }
        outcomes.refresh(keyPoint.consultationId);
    }

    /**
     * Who a link belongs to is the linked response's member as tracking holds it, never the id the event carries: a
     * key point published before an erasure may arrive after it, naming the erased member's old id, while the response
     * already moved to an anonymous one. A response not seen yet: the event's id if that member is known here, else a
     * placeholder id linking to nobody; either way the response, when it arrives, sets its links' member
     * ({@link KeyPointInputRepository#followResponse}).
     */
    private UUID memberOf(KeyPointEvent.Input in) {
        if (in.responseId() != null) {
            var response = responses.findByIdOptional(in.responseId());
            if (response.isPresent()) {
                return response.get().memberId;
            }
        }
        return in.memberId() != null && members.findByIdOptional(in.memberId()).isPresent()
                ? in.memberId()
                : UUID.randomUUID();
    }
}
