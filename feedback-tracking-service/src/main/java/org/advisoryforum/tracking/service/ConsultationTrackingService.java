package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.TrackedConsultationView;
import org.advisoryforum.tracking.domain.DraftChange;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.messaging.LifecycleEvent;
import org.advisoryforum.tracking.repository.DraftChangeRepository;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;

@ApplicationScoped
public class ConsultationTrackingService {

    private final TrackedConsultationRepository repository;
    private final DraftChangeRepository draftChanges;
    private final PublicOutcomeService outcomes;

    public ConsultationTrackingService(
            TrackedConsultationRepository repository,
            DraftChangeRepository draftChanges,
            PublicOutcomeService outcomes) {
        this.repository = repository;
        this.draftChanges = draftChanges;
        this.outcomes = outcomes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(LifecycleEvent.Published event) {
        TrackedConsultation consultation =
                repository.findByIdOptional(event.consultationId()).orElseGet(TrackedConsultation::new);
        consultation.id = event.consultationId();
        consultation.title = event.title();
        consultation.plainLanguageSummary = event.plainLanguageSummary();
        consultation.kind = event.kind();
        consultation.audience = event.audience();
        consultation.accountableTeam = event.accountableTeam();
        consultation.opensAt = event.opensAt();
        consultation.closesAt = event.closesAt();
        consultation.publishedAt = event.publishedAt();
        if (consultation.status == null) {
            consultation.status = "OPEN";
        }
        consultation.updatedAt = Instant.now();
        repository.persist(consultation);
        outcomes.refresh(consultation.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(LifecycleEvent.Closed event) {
        repository.findByIdOptional(event.consultationId()).ifPresent(consultation -> {
            if (consultation.outcomePublishedAt == null) {
                consultation.status = "CLOSED";
            }
            consultation.closedAt = event.closedAt();
            consultation.updatedAt = Instant.now();
        });
    }

    /** keeps each changed section, so that an action can point to it as evidence */
    @Transactional(Transactional.TxType.MANDATORY)
    public void draftRevised(LifecycleEvent.DraftRevised event) {
        if (draftChanges.exists(event.consultationId(), event.toVersion()) || event.changes() == null) {
            return;
        }
        for (LifecycleEvent.Change c : event.changes()) {
            DraftChange change = new DraftChange();
            change.consultationId = event.consultationId();
            change.fromVersion = event.fromVersion();
            change.toVersion = event.toVersion();
            change.sectionKey = c.sectionKey();
            change.change = c.change();
            change.headingBefore = c.headingBefore();
            change.headingAfter = c.headingAfter();
            change.textBefore = c.textBefore();
            change.textAfter = c.textAfter();
            change.revisedAt = event.revisedAt();
            draftChanges.persist(change);
        }
        outcomes.refresh(event.consultationId());
    }

    /** consultation-service decided to publish the outcome: from now on the public page exists */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomePublished(LifecycleEvent.OutcomePublished event) {
        TrackedConsultation consultation = repository
                .findByIdOptional(event.consultationId())
                .orElseGet(() -> {
                    TrackedConsultation unknown = new TrackedConsultation();
                    unknown.id = event.consultationId();
                    unknown.kind = "UNKNOWN";
                    unknown.audience = "UNKNOWN";
                    unknown.accountableTeam = "";
                    unknown.title = "";
                    repository.persist(unknown);
                    return unknown;
                });
        if (event.title() != null) {
            consultation.title = event.title();
        }
        if (event.closedAt() != null) {
            consultation.closedAt = event.closedAt();
        }
        consultation.status = "OUTCOME_PUBLISHED";
        consultation.outcomePublishedAt =
                event.outcomePublishedAt() == null ? Instant.now() : event.outcomePublishedAt();
        consultation.updatedAt = Instant.now();
        outcomes.refresh(consultation.id);
    }

    public List<TrackedConsultationView> list() {
        return repository.newestFirst().stream()
                .map(TrackedConsultationView::of)
                .toList();
    }

    public TrackedConsultationView get(UUID id) {
        return repository
                .findByIdOptional(id)
                .map(TrackedConsultationView::of)
                .orElseThrow(() -> ProblemException.notFound("Tracking knows no published consultation " + id + "."));
    }
}
