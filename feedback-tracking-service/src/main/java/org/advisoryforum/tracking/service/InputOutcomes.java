package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.OutcomeOfInputView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;

/** From answers and comments forward: the key points they fed and the actions answering those, with status. */
@ApplicationScoped
public class InputOutcomes {

    static final String NOT_IN_A_KEY_POINT = "not in a key point yet";
    static final String NOT_YET_ANSWERED = "in a key point, not yet answered";
    static final String ANSWERED = "answered";

    private final KeyPointInputRepository keyPointInputs;
    private final KeyPointRepository keyPoints;
    private final ActionRepository actions;
    private final TrackedConsultationRepository consultations;
    private final EvidenceViews evidence;

    public InputOutcomes(
            KeyPointInputRepository keyPointInputs,
            KeyPointRepository keyPoints,
            ActionRepository actions,
            TrackedConsultationRepository consultations,
            EvidenceViews evidence) {
        this.keyPointInputs = keyPointInputs;
        this.keyPoints = keyPoints;
        this.actions = actions;
        this.consultations = consultations;
        this.evidence = evidence;
    }

    /** @param verdicts the caller's own verdict per action id (empty for staff) */
    public List<OutcomeOfInputView> of(Collection<InputRef> inputs, Map<UUID, String> verdicts) {
        List<KeyPointInput> links =
                keyPointInputs.ofInputs(inputs.stream().map(InputRef::inputId).toList());
        Map<UUID, List<UUID>> keyPointsByInput = links.stream()
                .collect(Collectors.groupingBy(
                        l -> l.inputId, Collectors.mapping(l -> l.keyPointId, Collectors.toList())));
        Map<UUID, KeyPoint> points = keyPoints
                .byIds(links.stream().map(l -> l.keyPointId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(k -> k.id, Function.identity()));
        List<Action> answering = actions.answering(points.keySet());
        Map<UUID, String> titles =
                consultations
                        .byIds(inputs.stream()
                                .map(InputRef::consultationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(c -> c.id, (TrackedConsultation c) -> c.title));
        return inputs.stream()
                .map(in -> {
                    List<OutcomeOfInputView.KeyPoint> fed =
                            keyPointsByInput.getOrDefault(in.inputId(), List.of()).stream()
                                    .map(points::get)
                                    .filter(k -> k != null)
                                    .map(k -> new OutcomeOfInputView.KeyPoint(
                                            k.id,
                                            k.text,
                                            answering.stream()
                                                    .filter(a -> a.keyPointIds.contains(k.id))
                                                    .map(a -> outcome(a, verdicts))
                                                    .toList()))
                                    .toList();
                    return new OutcomeOfInputView(
                            in.inputId(),
                            in.consultationId(),
                            titles.get(in.consultationId()),
                            in.kind(),
                            in.questionKey(),
                            in.sectionKey(),
                            state(fed),
                            fed);
                })
                .toList();
    }

    private OutcomeOfInputView.ActionOutcome outcome(Action a, Map<UUID, String> verdicts) {
        return new OutcomeOfInputView.ActionOutcome(
                a.id, a.description, a.status.name(), a.reason, evidence.of(a), a.updatedAt, verdicts.get(a.id));
    }

    private static String state(List<OutcomeOfInputView.KeyPoint> fed) {
        if (fed.isEmpty()) {
            return NOT_IN_A_KEY_POINT;
        }
        return fed.stream().anyMatch(k -> !k.actions().isEmpty()) ? ANSWERED : NOT_YET_ANSWERED;
    }
}
