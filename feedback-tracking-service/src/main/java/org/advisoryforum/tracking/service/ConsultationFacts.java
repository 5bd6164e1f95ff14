package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.TrackedMemberRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** Loads what tracking knows about a consultation's chain: key points, their inputs, the voters, the actions. */
@ApplicationScoped
public class ConsultationFacts {

    private final KeyPointRepository keyPoints;
    private final KeyPointInputRepository keyPointInputs;
    private final TrackedResponseRepository responses;
    private final TrackedMemberRepository members;
    private final ActionRepository actions;

    public ConsultationFacts(
            KeyPointRepository keyPoints,
            KeyPointInputRepository keyPointInputs,
            TrackedResponseRepository responses,
            TrackedMemberRepository members,
            ActionRepository actions) {
        this.keyPoints = keyPoints;
        this.keyPointInputs = keyPointInputs;
        this.responses = responses;
        this.members = members;
        this.actions = actions;
    }

    public Chain of(UUID consultationId) {
        List<KeyPoint> points = keyPoints.ofConsultation(consultationId);
        List<KeyPointInput> inputs =
                keyPointInputs.ofKeyPoints(points.stream().map(k -> k.id).toList());
        List<TrackedResponse> consultationResponses = responses.ofConsultation(consultationId);
        return new Chain(
                points,
                inputs.stream().collect(Collectors.groupingBy(i -> i.keyPointId)),
                voters(consultationResponses, inputs),
                actions.ofConsultation(consultationId));
    }

    /** the voters behind these inputs and responses */
    public Voters voters(Collection<TrackedResponse> knownResponses, Collection<KeyPointInput> inputs) {
        Set<UUID> memberIds = new HashSet<>();
        knownResponses.forEach(r -> memberIds.add(r.memberId));
        inputs.forEach(i -> memberIds.add(i.memberId));
        return new Voters(knownResponses, members.byIds(memberIds));
    }

    public record Chain(
            List<KeyPoint> keyPoints,
            Map<UUID, List<KeyPointInput>> inputsByKeyPoint,
            Voters voters,
            List<Action> actions) {

        public List<KeyPointInput> inputsOf(UUID keyPointId) {
            return inputsByKeyPoint.getOrDefault(keyPointId, List.of());
        }

        public List<UUID> membersBehind(Collection<UUID> keyPointIds) {
            return keyPointIds.stream()
                    .flatMap(k -> inputsOf(k).stream())
                    .map(i -> i.memberId)
                    .distinct()
                    .toList();
        }

        public List<Action> actionsAnswering(UUID keyPointId) {
            return actions.stream()
                    .filter(a -> a.keyPointIds.contains(keyPointId))
                    .toList();
        }
    }
}
