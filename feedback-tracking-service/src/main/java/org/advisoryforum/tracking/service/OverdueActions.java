package org.advisoryforum.tracking.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.jboss.logging.Logger;

/** Flags actions past their due date that are not settled (and unflags them once settled), on a schedule. */
@ApplicationScoped
public class OverdueActions {

    private static final Logger LOG = Logger.getLogger(OverdueActions.class);

    private final ActionRepository actions;
    private final PublicOutcomeService outcomes;

    public OverdueActions(ActionRepository actions, PublicOutcomeService outcomes) {
        this.actions = actions;
        this.outcomes = outcomes;
    }

    @Scheduled(
            every = "${tracking.overdue.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        int changed = flag(LocalDate.now(Clock.systemUTC()));
        if (changed > 0) {
            LOG.infof("%d action(s) changed their overdue flag", changed);
        }
    }

    /** @return how many actions changed their flag */
    @Transactional
    public int flag(LocalDate today) {
        Set<UUID> consultations = new LinkedHashSet<>();
        int changed = 0;
        for (Action action : actions.withDueDateOrOverdue()) {
            boolean overdue = ActionService.isOverdue(action, today);
            if (overdue != action.overdue) {
                action.overdue = overdue;
                changed++;
                consultations.add(action.consultationId);
            }
        }
        outcomes.refresh(consultations);
        return changed;
    }
}
