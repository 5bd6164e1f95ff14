package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.KeyPointRequest;
import org.advisoryforum.consultation.api.KeyPointView;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.KeyPoint;
import org.advisoryforum.consultation.domain.KeyPointInput;
import org.advisoryforum.consultation.domain.MemberSnapshot;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.domain.SectionComment;
import org.advisoryforum.consultation.domain.Voices;
import org.advisoryforum.consultation.messaging.KeyPointEvents;
import org.advisoryforum.consultation.repository.KeyPointRepository;
import org.advisoryforum.consultation.repository.MemberSnapshotRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.platform.problem.ProblemException;

/** "You said": staff group submitted answers and section comments into key points, by id. */
@ApplicationScoped
public class KeyPointService {

    private final Consultations consultations;
    private final KeyPointRepository keyPoints;
    private final ResponseRepository responses;
    private final MemberSnapshotRepository members;
    private final KeyPointEvents events;
    private final Clock clock;

    public KeyPointService(
            Consultations consultations,
            KeyPointRepository keyPoints,
            ResponseRepository responses,
            MemberSnapshotRepository members,
            KeyPointEvents events,
            Clock clock) {
        this.consultations = consultations;
        this.keyPoints = keyPoints;
        this.responses = responses;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A key point made by staff by hand. */
    @Transactional
    public KeyPointView create(UUID consultationId, String staffUser, KeyPointRequest request) {
        return create(consultationId, staffUser, request, null);
    }

    /**
     * A key point; {@code suggestionRunId} names the suggestion run it was accepted from, or null when staff made it
     * by hand. The same rules, inputs and event either way.
     */
    @Transactional
    public KeyPointView create(UUID consultationId, String staffUser, KeyPointRequest request, UUID suggestionRunId) {
        Consultation consultation = consultations.find(consultationId);
        consultation.startAnalysis();
        KeyPoint keyPoint = new KeyPoint();
        keyPoint.id = UUID.randomUUID();
        keyPoint.consultationId = consultationId;
        keyPoint.text = request.text().strip();
        keyPoint.createdAt = clock.instant();
        keyPoint.createdBy = staffUser;
        keyPoint.origin = suggestionRunId == null ? KeyPoint.Origin.STAFF : KeyPoint.Origin.SUGGESTED;
        keyPoint.suggestionRunId = suggestionRunId;
        keyPoint.inputs.addAll(resolve(consultationId, request.inputs()));
        keyPoints.persist(keyPoint);
        KeyPointView view = view(keyPoint);
        events.created(view);
        return view;
    }

    public List<KeyPointView> list(UUID consultationId) {
        consultations.find(consultationId);
        return keyPoints.forConsultation(consultationId).stream()
                .map(this::view)
                .toList();
    }

    private List<KeyPointInput> resolve(UUID consultationId, List<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        Map<UUID, Answer> answers =
                responses.answers(wanted).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, SectionComment> comments =
                responses.comments(wanted).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<KeyPointInput> inputs = new ArrayList<>();
        int index = 0;
        for (UUID id : ids) {
            String field = "inputs[" + index++ + "]";
            UUID responseId;
            KeyPointInput input;
            if (answers.containsKey(id)) {
                responseId = answers.get(id).responseId;
                input = new KeyPointInput(KeyPointInput.Kind.ANSWER, id);
            } else if (comments.containsKey(id)) {
                responseId = comments.get(id).responseId;
                input = new KeyPointInput(KeyPointInput.Kind.COMMENT, id);
            } else {
                throw ProblemException.invalidField(field, "is not an answer or section comment");
            }
            Response response = responses.findById(responseId);
            if (!response.consultationId.equals(consultationId)) {
                throw ProblemException.invalidField(field, "belongs to another consultation");
            }
            if (!response.isSubmitted()) {
                throw ProblemException.invalidField(field, "is not part of a submitted response");
            }
            if (!inputs.contains(input)) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    private KeyPointView view(KeyPoint keyPoint) {
        List<UUID> ids = keyPoint.inputs.stream().map(i -> i.inputId).toList();
        Map<UUID, Answer> answers = ids.isEmpty()
                ? Map.of()
                : responses.answers(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, SectionComment> comments = ids.isEmpty()
                ? Map.of()
                : responses.comments(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, UUID> memberByResponse = new HashMap<>();
        List<KeyPointView.Input> inputs = new ArrayList<>();
        for (KeyPointInput input : keyPoint.inputs) {
            Answer answer = answers.get(input.inputId);
            SectionComment comment = comments.get(input.inputId);
            UUID responseId = answer != null ? answer.responseId : comment != null ? comment.responseId : null;
            if (responseId == null) {
                continue;
            }
            UUID memberId = memberByResponse.computeIfAbsent(responseId, id -> responses.findById(id).memberId);
            inputs.add(new KeyPointView.Input(
                    input.kind.name(),
                    input.inputId,
                    responseId,
                    memberId,
                    answer != null ? answer.questionKey : null,
                    comment != null ? comment.sectionKey : null));
        }
        inputs.sort((a, b) -> a.inputId().compareTo(b.inputId()));
        Set<UUID> distinct = new LinkedHashSet<>(memberByResponse.values());
        Map<UUID, List<String>> perspectives = members.of(distinct).stream()
                .collect(Collectors.toMap(m -> m.memberId, MemberSnapshot::perspectiveList));
        return new KeyPointView(
                keyPoint.id,
                keyPoint.consultationId,
                keyPoint.text,
                keyPoint.createdAt,
                inputs,
                Voices.of(distinct, perspectives),
                new KeyPointView.Provenance(keyPoint.origin.name(), keyPoint.suggestionRunId, keyPoint.createdBy));
    }
}
