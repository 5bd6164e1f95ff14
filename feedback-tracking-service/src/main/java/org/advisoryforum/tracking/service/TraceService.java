package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.KeyPointStaffView;
import org.advisoryforum.tracking.api.TraceView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.domain.TrackedInput;

/** Traceability for staff: from an action back to the people behind it, and a consultation's key points. */
@ApplicationScoped
public class TraceService {

    private final ActionService actions;
    private final ConsultationFacts facts;
    private final Quotes quotes;

    public TraceService(ActionService actions, ConsultationFacts facts, Quotes quotes) {
        this.actions = actions;
        this.facts = facts;
        this.quotes = quotes;
    }

    public TraceView ofAction(UUID actionId) {
        Action action = actions.find(actionId);
        if (action.consultationId == null) {
            throw ProblemException.rule(
                    409,
                    "meeting_action",
                    "This action comes from a meeting's minutes: it has " + "no answers behind it to trace.");
        }
        ConsultationFacts.Chain chain = facts.of(action.consultationId);
        List<KeyPoint> points = chain.keyPoints().stream()
                .filter(k -> action.keyPointIds.contains(k.id))
                .toList();
        Map<UUID, TrackedInput> texts = quotes.texts(
                points.stream().flatMap(k -> chain.inputsOf(k.id).stream()).toList());
        List<TraceView.KeyPoint> traced = points.stream()
                .map(k -> new TraceView.KeyPoint(
                        k.id,
                        k.text,
                        VoiceCounter.count(members(chain.inputsOf(k.id)), chain.voters(), false),
                        chain.inputsOf(k.id).stream()
                                .map(i -> input(i, chain.voters(), texts.get(i.inputId)))
                                .toList()))
                .toList();
        return new TraceView(
                action.id,
                action.consultationId,
                action.description,
                action.status.name(),
                VoiceCounter.count(chain.membersBehind(action.keyPointIds), chain.voters(), false),
                traced);
    }

    public List<KeyPointStaffView> keyPoints(UUID consultationId) {
        ConsultationFacts.Chain chain = facts.of(consultationId);
        return chain.keyPoints().stream()
                .map(k -> {
                    List<KeyPointStaffView.ActionSummary> answering = chain.actionsAnswering(k.id).stream()
                            .map(a -> new KeyPointStaffView.ActionSummary(
                                    a.id, a.description, a.status.name(), a.reason, a.owner, a.dueDate, a.overdue))
                            .toList();
                    return new KeyPointStaffView(
                            k.id,
                            k.text,
                            k.createdAt,
                            VoiceCounter.count(members(chain.inputsOf(k.id)), chain.voters(), false),
                            !answering.isEmpty(),
                            answering.isEmpty() ? KeyPointStaffView.NOT_YET_ANSWERED : KeyPointStaffView.ANSWERED,
                            answering);
                })
                .toList();
    }

    private static List<UUID> members(List<KeyPointInput> inputs) {
        return inputs.stream().map(i -> i.memberId).toList();
    }

    private static TraceView.Input input(KeyPointInput link, Voters voters, TrackedInput input) {
        return new TraceView.Input(
                link.kind,
                link.inputId,
                link.responseId,
                link.memberId,
                link.questionKey,
                link.sectionKey,
                voters.voter(link.memberId).perspectives(),
                input == null ? null : input.quoteText);
    }
}
