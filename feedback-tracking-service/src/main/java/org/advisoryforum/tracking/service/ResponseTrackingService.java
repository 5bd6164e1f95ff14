package org.advisoryforum.tracking.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.messaging.ResponseEvent;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** Responses as input references: who (pseudonymously), with which perspectives, and only consented words. */
@ApplicationScoped
public class ResponseTrackingService {

    private static final String FREE_TEXT = "FREE_TEXT";

    private final TrackedResponseRepository responses;
    private final TrackedInputRepository inputs;
    private final KeyPointInputRepository keyPointInputs;
    private final ModerationService moderation;
    private final PublicOutcomeService outcomes;

    public ResponseTrackingService(
            TrackedResponseRepository responses,
            TrackedInputRepository inputs,
            KeyPointInputRepository keyPointInputs,
            ModerationService moderation,
            PublicOutcomeService outcomes) {
        this.responses = responses;
        this.inputs = inputs;
        this.keyPointInputs = keyPointInputs;
        this.moderation = moderation;
        this.outcomes = outcomes;
    }

    /** submitted and amended: the response's inputs are replaced by those of the event */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(ResponseEvent.Submitted event) {
        TrackedResponse response =
                responses.findByIdOptional(event.responseId()).orElseGet(TrackedResponse::new);
        response.id = event.responseId();
        response.consultationId = event.consultationId();
        response.memberId = event.memberId();
        response.perspectives = Voter.join(event.perspectives());
        response.region = event.region();
        response.useInStatistics = event.useInStatistics();
        response.attribution = event.attribution() == null ? "NONE" : event.attribution();
        response.submittedAt = event.submittedAt();
        responses.persist(response);
        keyPointInputs.followResponse(response.id, response.memberId); // a key point may have come first
        inputs.deleteOfResponse(response.id);
        inputs.flush();
        List<TrackedInput> current = new ArrayList<>();
        for (ResponseEvent.Answer a : nonNull(event.answers())) {
            String words = FREE_TEXT.equals(a.questionType()) ? text(a.value()) : null;
            current.add(input(response, a.answerId(), "ANSWER", a.questionKey(), a.sectionKey(), words));
        }
        for (ResponseEvent.Comment c : nonNull(event.sectionComments())) {
            current.add(input(response, c.commentId(), "COMMENT", null, c.sectionKey(), c.text()));
        }
        current.forEach(inputs::persist);
        // quotable words wait for moderation before any public page shows them
        moderation.track(response, current);
        outcomes.refresh(response.consultationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(ResponseEvent.Withdrawn event) {
        inputs.deleteOfResponse(event.responseId());
        moderation.forgetResponse(event.responseId());
        responses.deleteById(event.responseId());
        outcomes.refresh(event.consultationId());
    }

    private static TrackedInput input(
            TrackedResponse response, UUID id, String kind, String questionKey, String sectionKey, String words) {
        TrackedInput input = new TrackedInput();
        input.id = id;
        input.responseId = response.id;
        input.consultationId = response.consultationId;
        input.kind = kind;
        input.questionKey = questionKey;
        input.sectionKey = sectionKey;
        input.quoteText = words;
        return input;
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
