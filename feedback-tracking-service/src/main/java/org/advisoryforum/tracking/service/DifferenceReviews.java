package org.advisoryforum.tracking.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.DifferenceRequest;
import org.advisoryforum.tracking.api.DifferenceView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.DifferenceAnswer;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.messaging.OutcomeEvents;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.DifferenceAnswerRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;
import org.jboss.logging.Logger;

/**
 * "Did it make a difference?". Every {@code tracking.review.every} (1 h) one replica (a transaction-scoped advisory
 * lock; the others skip) finds actions whose review date has come (a London day) and asks the members behind each,
 * once: {@code difference-asked} through the outbox, which forum-service puts in their inbox within their contact
 * limit. Staff see the actions due for review with the answers counted; each member behind an action answers once
 * (changeable), with an optional comment only staff read; the public page shows the counts.
 */
@ApplicationScoped
public class DifferenceReviews {

    private static final Logger LOG = Logger.getLogger(DifferenceReviews.class);
    /** the advisory lock of this check (the response clock's, the outbox relay's and retention's are other numbers) */
    static final long LOCK_KEY = 0x7472_636b_7276_7773L;

    private final ActionRepository actions;
    private final ActionService actionService;
    private final DifferenceAnswerRepository answers;
    private final KeyPointInputRepository keyPointInputs;
    private final TrackedConsultationRepository consultations;
    private final OutcomeEvents events;
    private final PublicOutcomeService outcomes;
    private final Clock clock;

    public DifferenceReviews(
            ActionRepository actions,
            ActionService actionService,
            DifferenceAnswerRepository answers,
            KeyPointInputRepository keyPointInputs,
            TrackedConsultationRepository consultations,
            OutcomeEvents events,
            PublicOutcomeService outcomes,
            Clock clock) {
        this.actions = actions;
        this.actionService = actionService;
        this.answers = answers;
        this.keyPointInputs = keyPointInputs;
        this.consultations = consultations;
        this.events = events;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Scheduled(
            every = "${tracking.review.every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        int asked = askDue(Instant.now(clock));
        if (asked > 0) {
            LOG.infof("%d action(s) came up for review: their members were asked whether it made a difference", asked);
        }
    }

    /**
     * @return how many actions came up for review in this check (0 when another replica holds the check). The check
     *     has a span of its own (a scheduled job has no request to continue), so the events it writes carry a trace.
     */
    @WithSpan("DifferenceReviews.askDue")
    @Transactional
    public int askDue(Instant now) {
        if (!consultations.tryScheduleLock(LOCK_KEY)) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, TrackedConsultation.LONDON);
        int asked = 0;
        for (Action action : actions.dueForReviewNotAsked(today)) {
            List<UUID> members = action.consultationId == null ? List.of() : actionService.membersBehind(action);
            action.reviewAskedAt = now;
            action.reviewMembersAsked = members.size();
            events.differenceAsked(action, members, now);
            asked++;
        }
        return asked;
    }

    /** staff's task: every action whose review date has come, with the answers counted and the comments */
    public List<DifferenceView.Review> reviewsDue(Instant now) {
        List<Action> due = actions.reviewDue(LocalDate.ofInstant(now, TrackedConsultation.LONDON));
        Map<UUID, List<DifferenceAnswer>> byAction = answers
                .ofActions(due.stream().map(a -> a.id).toList())
                .stream()
                .collect(Collectors.groupingBy(a -> a.actionId));
        return due.stream()
                .map(a -> {
                    List<DifferenceAnswer> given = byAction.getOrDefault(a.id, List.of());
                    return new DifferenceView.Review(
                            a.id,
                            a.consultationId,
                            a.meetingId,
                            a.description,
                            a.status.name(),
                            a.reviewDate,
                            a.reviewAskedAt,
                            a.reviewMembersAsked == null ? 0 : a.reviewMembersAsked,
                            counts(given),
                            given.stream()
                                    .filter(g -> g.comment != null)
                                    .map(g -> new DifferenceView.Comment(g.answer.name(), g.comment, g.answeredAt))
                                    .toList());
                })
                .toList();
    }

    public DifferenceView.Mine mine(UUID actionId, UUID memberId) {
        Action action = contributedTo(actionId, memberId);
        return view(action, answers.of(actionId, memberId).orElse(null));
    }

    /**
     * One answer per member per action (a second replaces the first), only from a member behind the action (else 403
     * {@code not_a_contributor}) and once they have been asked, its review date having come (else 409
     * {@code review_not_due}).
     */
    @Transactional
    public DifferenceView.Mine answer(UUID actionId, UUID memberId, DifferenceRequest request) {
        Action action = contributedTo(actionId, memberId);
        if (action.reviewAskedAt == null) {
            throw ProblemException.rule(
                    409,
                    "review_not_due",
                    "This action's review date has not come yet: " + "whether it made a difference is asked then.");
        }
        DifferenceAnswer answer = answers.of(actionId, memberId).orElseGet(() -> {
            DifferenceAnswer fresh = new DifferenceAnswer();
            fresh.actionId = actionId;
            fresh.memberId = memberId;
            return fresh;
        });
        answer.answer = request.answer();
        answer.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        answer.answeredAt = Instant.now(clock);
        answers.persist(answer);
        outcomes.refresh(action.consultationId);
        return view(action, answer);
    }

    private static DifferenceView.Counts counts(List<DifferenceAnswer> given) {
        return new DifferenceView.Counts(
                given.stream()
                        .filter(g -> g.answer == DifferenceAnswer.Answer.MADE_A_DIFFERENCE)
                        .count(),
                given.stream()
                        .filter(g -> g.answer == DifferenceAnswer.Answer.SOME_DIFFERENCE)
                        .count(),
                given.stream()
                        .filter(g -> g.answer == DifferenceAnswer.Answer.NO_DIFFERENCE)
                        .count());
    }

    private Action contributedTo(UUID actionId, UUID memberId) {
        Action action = actionService.find(actionId);
        Set<UUID> keyPoints = new LinkedHashSet<>(action.keyPointIds);
        if (action.consultationId == null || keyPoints.isEmpty() || !keyPointInputs.anyOfMember(keyPoints, memberId)) {
            throw ProblemException.rule(
                    403,
                    "not_a_contributor",
                    "Only members whose answers or comments led to "
                            + "this action are asked whether it made a difference, and nothing you said is linked to it.");
        }
        return action;
    }

    private static DifferenceView.Mine view(Action action, DifferenceAnswer answer) {
        return new DifferenceView.Mine(
                action.id,
                action.consultationId,
                action.description,
                action.status.name(),
                action.reviewDate,
                action.reviewAskedAt,
                answer == null ? null : answer.answer.name(),
                answer == null ? null : answer.comment,
                answer == null ? null : answer.answeredAt);
    }
}
