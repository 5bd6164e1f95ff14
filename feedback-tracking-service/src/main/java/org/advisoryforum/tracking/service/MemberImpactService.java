package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.ConfirmationRequest;
import org.advisoryforum.tracking.api.ConfirmationView;
import org.advisoryforum.tracking.api.MemberImpactView;
import org.advisoryforum.tracking.api.OutcomeOfInputView;
import org.advisoryforum.tracking.api.TallyView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.Confirmation;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.messaging.OutcomeEvents;
import org.advisoryforum.tracking.repository.ConfirmationRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** A member's own impact, and their confirmation or challenge of published actions. */
@ApplicationScoped
public class MemberImpactService {

    private final TrackedResponseRepository responses;
    private final TrackedInputRepository inputs;
    private final KeyPointInputRepository keyPointInputs;
    private final KeyPointRepository keyPoints;
    private final ConfirmationRepository confirmations;
    private final TrackedConsultationRepository consultations;
    private final InputOutcomes outcomesOfInputs;
    private final ActionService actions;
    private final OutcomeEvents events;
    private final PublicOutcomeService outcomes;

    public MemberImpactService(
            TrackedResponseRepository responses,
            TrackedInputRepository inputs,
            KeyPointInputRepository keyPointInputs,
            KeyPointRepository keyPoints,
            ConfirmationRepository confirmations,
            TrackedConsultationRepository consultations,
            InputOutcomes outcomesOfInputs,
            ActionService actions,
            OutcomeEvents events,
            PublicOutcomeService outcomes) {
        this.responses = responses;
        this.inputs = inputs;
        this.keyPointInputs = keyPointInputs;
        this.keyPoints = keyPoints;
        this.confirmations = confirmations;
        this.consultations = consultations;
        this.outcomesOfInputs = outcomesOfInputs;
        this.actions = actions;
        this.events = events;
        this.outcomes = outcomes;
    }

    public MemberImpactView impact(UUID memberId) {
        Map<UUID, InputRef> mine = new LinkedHashMap<>();
        List<TrackedResponse> own = responses.ofMember(memberId);
        for (TrackedInput in : inputs.ofResponses(own.stream().map(r -> r.id).toList())) {
            mine.put(in.id, new InputRef(in.id, in.consultationId, in.kind, in.questionKey, in.sectionKey));
        }
        keyPointInputs
                .ofMember(memberId)
                .forEach(link -> mine.computeIfAbsent(
                        link.inputId,
                        id -> new InputRef(
                                id,
                                keyPoints.findById(link.keyPointId).consultationId,
                                link.kind,
                                link.questionKey,
                                link.sectionKey)));
        Map<UUID, String> verdicts = confirmations.ofMember(memberId).stream()
                .collect(Collectors.toMap(c -> c.actionId, c -> c.verdict.name()));
        List<OutcomeOfInputView> items = outcomesOfInputs.of(mine.values(), verdicts);
        return new MemberImpactView(
                items.size(),
                (int) items.stream().filter(i -> !i.keyPoints().isEmpty()).count(),
                (int) items.stream()
                        .filter(i -> InputOutcomes.ANSWERED.equals(i.state()))
                        .count(),
                items);
    }

    public List<OutcomeOfInputView> ofInput(UUID inputId) {
        TrackedInput input = inputs.findById(inputId);
        if (input != null) {
            return outcomesOfInputs.of(
                    List.of(new InputRef(
                            input.id, input.consultationId, input.kind, input.questionKey, input.sectionKey)),
                    Map.of());
        }
        return keyPointInputs.ofInputs(List.of(inputId)).stream()
                .findFirst()
                .map(link -> outcomesOfInputs.of(
                        List.of(new InputRef(
                                inputId,
                                keyPoints.findById(link.keyPointId).consultationId,
                                link.kind,
                                link.questionKey,
                                link.sectionKey)),
                        Map.of()))
                .orElseThrow(() -> ProblemException.notFound("Tracking knows no answer or comment " + inputId + "."));
    }

    /**
     * one per member per action, changeable; only once the consultation's outcome is published, and only by a member
     * whose answers or comments are linked, through a key point, to the action: the tally is of the people behind it
     */
    @Transactional
    public ConfirmationView confirm(UUID actionId, UUID memberId, ConfirmationRequest request) {
        Action action = actions.find(actionId);
        if (action.consultationId == null) {
            throw ProblemException.rule(
                    403,
                    "not_a_contributor",
                    "This action comes from a meeting's minutes: " + "no answer or comment of yours is linked to it.");
        }
        TrackedConsultation consultation = consultations.findById(action.consultationId);
        if (consultation == null || consultation.outcomePublishedAt == null) {
            throw ProblemException.conflict("This action is not published yet: it can be confirmed or challenged "
                    + "once the consultation's outcome is published.");
        }
        if (action.keyPointIds.isEmpty() || !keyPointInputs.anyOfMember(action.keyPointIds, memberId)) {
            throw ProblemException.rule(
                    403,
                    "not_a_contributor",
                    "Only members whose answers or comments led to "
                            + "this action can confirm or challenge it, and nothing you said is linked to it.");
        }
        Confirmation confirmation = confirmations.of(actionId, memberId).orElseGet(() -> {
            Confirmation fresh = new Confirmation();
            fresh.actionId = actionId;
            fresh.memberId = memberId;
            return fresh;
        });
        confirmation.verdict = request.verdict();
        confirmation.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        confirmation.updatedAt = Instant.now();
        confirmations.persist(confirmation);
        TallyView tally = Tallies.of(Tallies.of(confirmations.ofActions(List.of(actionId))), actionId);
        events.confirmationRecorded(action, tally);
        outcomes.refresh(action.consultationId);
        return new ConfirmationView(actionId, confirmation.verdict.name(), confirmation.comment, tally);
    }
}
