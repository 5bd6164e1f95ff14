package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.TrackedConsultationView;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.messaging.LifecycleEvent;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsultationTrackingService {

    private final TrackedConsultationRepository repository;

    public ConsultationTrackingService(TrackedConsultationRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(LifecycleEvent.Published event) {
        TrackedConsultation consultation = repository.findByIdOptional(event.consultationId())
                .orElseGet(TrackedConsultation::new);
        consultation.id = event.consultationId();
        consultation.title = event.title();
        consultation.plainLanguageSummary = event.plainLanguageSummary();
        consultation.kind = event.kind();
        consultation.audience = event.audience();
        consultation.accountableTeam = event.accountableTeam();
        consultation.opensAt = event.opensAt();
        consultation.closesAt = event.closesAt();
        consultation.publishedAt = event.publishedAt();
        consultation.status = "OPEN";
        consultation.updatedAt = Instant.now();
        repository.persist(consultation);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(LifecycleEvent.Closed event) {
        repository.findByIdOptional(event.consultationId()).ifPresent(consultation -> {
            consultation.status = "CLOSED";
            consultation.closedAt = event.closedAt();
            consultation.updatedAt = Instant.now();
        });
    }

    public List<TrackedConsultationView> list() {
        return repository.newestFirst().stream().map(TrackedConsultationView::of).toList();
    }

    public TrackedConsultationView get(UUID id) {
        return repository.findByIdOptional(id).map(TrackedConsultationView::of)
                .orElseThrow(() -> ProblemException.notFound("Tracking knows no published consultation " + id + "."));
    }
}
