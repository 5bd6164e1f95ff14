package org.advisoryforum.consultation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Consultations open and close on time without anyone pressing a button. */
@ApplicationScoped
public class ConsultationScheduler {

    private final ConsultationService consultations;

    public ConsultationScheduler(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Scheduled(
            every = "${consultation.schedule.every:30s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        consultations.applySchedule();
    }
}
