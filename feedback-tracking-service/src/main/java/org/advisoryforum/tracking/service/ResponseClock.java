package org.advisoryforum.tracking.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.TrackedConsultationView;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;
import org.jboss.logging.Logger;

/**
 * The response clock: each consultation's outcome is due by a date (staff set it, or 12 weeks after closing). A
 * scheduled check, run by one replica at a time (a transaction-scoped advisory lock), marks a closed consultation
 * without an outcome "overdue since" the day after its due date, once; the public views and the Atom feed show it.
 */
@ApplicationScoped
public class ResponseClock {

    private static final Logger LOG = Logger.getLogger(ResponseClock.class);
    /** the advisory lock of this check (the outbox relay's and retention's keys are other numbers) */
    static final long LOCK_KEY = 0x7472_636b_636c_6bL;

    private final TrackedConsultationRepository consultations;
    private final PublicOutcomeService outcomes;
    private final Clock clock;

    public ResponseClock(TrackedConsultationRepository consultations, PublicOutcomeService outcomes, Clock clock) {
        this.consultations = consultations;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Scheduled(
            every = "${tracking.response-clock.every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        int late = check(Instant.now(clock));
        if (late > 0) {
            LOG.infof("%d consultation outcome(s) became overdue", late);
        }
    }

    /** @return how many consultations this check found newly overdue (0 when another replica holds the check) */
    @Transactional
    public int check(Instant now) {
        if (!consultations.tryScheduleLock(LOCK_KEY)) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, TrackedConsultation.LONDON);
        int late = 0;
        for (TrackedConsultation consultation : consultations.awaitingOutcome()) {
            if (consultation.isLateOn(today)) {
                consultation.overdueSince = consultation.outcomeDueBy().plusDays(1);
                consultation.overdueNoticedAt = now;
                late++;
            }
        }
        return late;
    }

    /**
     * Staff set by when the outcome is due. Not before the consultation closes (400), and not once the outcome is
     * published or the clock has found it late (409): a due date is not moved after the fact.
     */
    @Transactional
    public TrackedConsultationView setDueDate(java.util.UUID consultationId, LocalDate dueBy, String staff) {
        TrackedConsultation consultation = consultations.findById(consultationId);
        if (consultation == null) {
            throw ProblemException.notFound("Tracking knows no published consultation " + consultationId + ".");
        }
        if (consultation.outcomePublishedAt != null) {
            throw ProblemException.rule(
                    409, "outcome_published", "The outcome is already published: its due date stays.");
        }
        if (consultation.overdueSince != null) {
            throw ProblemException.rule(
                    409,
                    "already_overdue",
                    "The outcome has been overdue since " + consultation.overdueSince + ": its due date is not moved.");
        }
        Instant closing = consultation.closedAt != null ? consultation.closedAt : consultation.closesAt;
        if (closing != null && dueBy.isBefore(LocalDate.ofInstant(closing, TrackedConsultation.LONDON))) {
            throw ProblemException.invalidField(
                    "outcomeDueBy", "before_closing", "must not be before the consultation closes");
        }
        consultation.outcomeDueBySet = dueBy;
        consultation.outcomeDueSetBy = staff;
        consultation.updatedAt = Instant.now(clock);
        outcomes.refresh(consultation.id);
        return TrackedConsultationView.of(consultation);
    }
}
