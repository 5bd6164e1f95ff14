package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.ActionRequest;
import org.advisoryforum.tracking.api.ActionView;
import org.advisoryforum.tracking.api.StatusRequest;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.ActionStatus;
import org.advisoryforum.tracking.domain.ActionStatusChange;
import org.advisoryforum.tracking.domain.Commitments;
import org.advisoryforum.tracking.domain.Confirmation;
import org.advisoryforum.tracking.domain.DraftChange;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.messaging.OutcomeEvents;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.ActionStatusChangeRepository;
import org.advisoryforum.tracking.repository.ConfirmationRepository;
import org.advisoryforum.tracking.repository.DraftChangeRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;

/** "We did / we will / we didn't, because": actions, their status history, and closing the loop with members. */
@ApplicationScoped
public class ActionService {

    private final ActionRepository actions;
    private final ActionStatusChangeRepository history;
    private final KeyPointRepository keyPoints;
    private final KeyPointInputRepository keyPointInputs;
    private final DraftChangeRepository draftChanges;
    private final ConfirmationRepository confirmations;
    private final EvidenceViews evidence;
    private final OutcomeEvents events;
    private final PublicOutcomeService outcomes;

    public ActionService(
            ActionRepository actions,
            ActionStatusChangeRepository history,
            KeyPointRepository keyPoints,
            KeyPointInputRepository keyPointInputs,
            DraftChangeRepository draftChanges,
            ConfirmationRepository confirmations,
            EvidenceViews evidence,
            OutcomeEvents events,
            PublicOutcomeService outcomes) {
        this.actions = actions;
        this.history = history;
        this.keyPoints = keyPoints;
        this.keyPointInputs = keyPointInputs;
        this.draftChanges = draftChanges;
        this.confirmations = confirmations;
        this.evidence = evidence;
        this.events = events;
        this.outcomes = outcomes;
    }

    @Transactional
    public ActionView create(ActionRequest request, String staff) {
        ActionStatus status = request.status() == null ? ActionStatus.PROPOSED : request.status();
        requireReason(status, request.reason());
        Set<UUID> keyPointIds = keyPointsOf(request.consultationId(), request.keyPointIds());
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.consultationId = request.consultationId();
        action.keyPointIds = keyPointIds;
        action.description = request.description().strip();
        action.owner = request.owner().strip();
        action.dueDate = request.dueDate();
        action.reviewDate = request.reviewDate();
        applyEvidence(action, request.evidence());
        requireEvidence(action, status);
        action.createdAt = Instant.now();
        setStatus(action, status, request.reason(), staff);
        return view(action);
    }

    /**
     * An action point of a meeting's minutes, as an action agreed at the meeting ("we will"), in the same ledger as
     * consultation actions: staff move it on with the same status, reason and evidence rules.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agreedAtMeeting(
            UUID meetingId, UUID actionPointId, String what, String owner, LocalDate dueDate, String recordedBy) {
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.meetingId = meetingId;
        action.actionPointId = actionPointId;
        action.description = what.strip();
        action.owner = owner.strip();
        action.dueDate = dueDate;
        action.createdAt = Instant.now();
        setStatus(action, ActionStatus.AGREED, null, recordedBy);
    }

    @Transactional
    public ActionView changeStatus(UUID id, StatusRequest request, String staff) {
        Action action = find(id);
        requireReason(request.status(), request.reason());
        applyEvidence(action, request.evidence());
        requireEvidence(action, request.status());
        setStatus(action, request.status(), request.reason(), staff);
        return view(action);
    }

    public ActionView get(UUID id) {
        return view(find(id));
    }

    public Action find(UUID id) {
        Action action = actions.findById(id);
        if (action == null) {
            throw ProblemException.notFound("There is no action " + id + ".");
        }
        return action;
    }

    /** the distinct pseudonymous members behind an action's key points */
    public List<UUID> membersBehind(Action action) {
        return keyPointInputs.membersOf(action.keyPointIds);
    }

    private void setStatus(Action action, ActionStatus status, String reason, String staff) {
        Instant now = Instant.now();
        action.status = status;
        action.reason = reason == null || reason.isBlank() ? null : reason.strip();
        action.overdue = isOverdue(action, LocalDate.now(Clock.systemUTC()));
        action.updatedAt = now;
        actions.persist(action);
        ActionStatusChange change = new ActionStatusChange();
        change.actionId = action.id;
        change.status = status;
        change.reason = action.reason;
        change.changedBy = staff;
        change.changedAt = now;
        history.persist(change);
        events.actionStatusChanged(action, membersBehind(action), now);
        outcomes.refresh(action.consultationId);
    }

    static boolean isOverdue(Action action, LocalDate today) {
        return action.dueDate != null && action.dueDate.isBefore(today) && !action.status.isSettled();
    }

    private static void requireReason(ActionStatus status, String reason) {
        if (status.needsReason() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "is required when the status is " + status);
        }
    }

    /**
     * "Evidence, not promises": an action marked implemented or partly adopted shows what changed — a draft diff, a
     * published document or a concrete description — else 422 evidence_required (nothing is stored).
     */
    private static void requireEvidence(Action action, ActionStatus status) {
        if (status.needsEvidence() && !action.hasEvidence()) {
            throw ProblemException.rule(
                    422,
                    "evidence_required",
                    "An action marked " + status + " needs evidence of "
                            + "what changed: evidence.sectionKey (a draft diff), evidence.documentUrl (a published document) or "
                            + "evidence.description (a concrete description).");
        }
    }

    private Set<UUID> keyPointsOf(UUID consultationId, List<UUID> ids) {
        Map<UUID, KeyPoint> found = keyPoints.byIds(ids).stream().collect(Collectors.toMap(k -> k.id, k -> k));
        for (UUID id : ids) {
            KeyPoint keyPoint = found.get(id);
            if (keyPoint == null) {
                throw ProblemException.invalidField("keyPointIds", "there is no key point " + id);
            }
            if (!keyPoint.consultationId.equals(consultationId)) {
                throw ProblemException.conflict("Key point " + id + " belongs to another consultation: an action "
                        + "answers key points of its own consultation only.");
            }
        }
        return new LinkedHashSet<>(ids);
    }

    private void applyEvidence(Action action, ActionRequest.Evidence request) {
        if (request == null) {
            return;
        }
        if (request.documentUrl() != null) {
            action.evidenceUrl = request.documentUrl();
        }
        if (request.description() != null && !request.description().isBlank()) {
            String description = request.description().strip().replaceAll("\\s+", " ");
            if (description.split(" ").length < 5) {
                throw ProblemException.invalidField(
                        "evidence.description", "not_concrete", "must say what changed in five words or more");
            }
            if (Commitments.promises(description)) {
                throw ProblemException.invalidField(
                        "evidence.description", "a_promise", "must say what changed, not what will change");
            }
            action.evidenceDescription = description;
        }
        if (request.sectionKey() == null || request.sectionKey().isBlank()) {
            return;
        }
        DraftChange change = (request.toVersion() == null
                        ? draftChanges.latest(action.consultationId, request.sectionKey())
                        : draftChanges.find(action.consultationId, request.toVersion(), request.sectionKey()))
                .orElseThrow(() -> ProblemException.invalidField(
                        "evidence.sectionKey",
                        "no draft revision of this consultation changed section " + request.sectionKey()));
        action.evidenceSectionKey = change.sectionKey;
        action.evidenceFromVersion = change.fromVersion;
        action.evidenceToVersion = change.toVersion;
    }

    private ActionView view(Action action) {
        List<ActionView.HistoryEntry> entries = history.ofAction(action.id).stream()
                .map(h -> new ActionView.HistoryEntry(h.status.name(), h.reason, h.changedBy, h.changedAt))
                .toList();
        List<Confirmation> given = confirmations.ofActions(List.of(action.id));
        List<ActionView.Comment> comments = given.stream()
                .filter(c -> c.comment != null)
                .sorted(Comparator.comparing((Confirmation c) -> c.updatedAt))
                .map(c -> new ActionView.Comment(c.verdict.name(), c.comment, c.updatedAt))
                .toList();
        return new ActionView(
                action.id,
                action.consultationId,
                action.meetingId,
                List.copyOf(action.keyPointIds),
                action.description,
                action.status.name(),
                action.reason,
                action.owner,
                action.dueDate,
                action.reviewDate,
                action.overdue,
                Commitments.withoutDate(action),
                evidence.of(action),
                Tallies.of(Tallies.of(given), action.id),
                comments,
                action.createdAt,
                action.updatedAt,
                entries);
    }
}
