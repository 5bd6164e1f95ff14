package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.consultation.api.ConsultationDetailView;
import org.advisoryforum.consultation.api.ConsultationRequest;
import org.advisoryforum.consultation.api.ConsultationView;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.ConsultationStatus;
import org.advisoryforum.consultation.messaging.LifecycleEvents;
import org.advisoryforum.consultation.repository.ConsultationRepository;
import org.advisoryforum.consultation.repository.KeyPointRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.platform.problem.ProblemException;

@ApplicationScoped
public class ConsultationService {

    private static final Set<ConsultationStatus> CLOSED_STATES =
            EnumSet.of(ConsultationStatus.CLOSED, ConsultationStatus.ANALYSING, ConsultationStatus.OUTCOME_PUBLISHED);

    private final ConsultationRepository repository;
    private final Consultations consultations;
    private final DraftService drafts;
    private final QuestionService questions;
    private final ResponseRepository responses;
    private final KeyPointRepository keyPoints;
    private final LifecycleEvents events;
    private final Clock clock;

    public ConsultationService(
            ConsultationRepository repository,
            Consultations consultations,
            DraftService drafts,
            QuestionService questions,
            ResponseRepository responses,
            KeyPointRepository keyPoints,
            LifecycleEvents events,
            Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.drafts = drafts;
        this.questions = questions;
        this.responses = responses;
        this.keyPoints = keyPoints;
        this.events = events;
        this.clock = clock;
    }

    public List<ConsultationView> list(String status, boolean staff) {
        Set<ConsultationStatus> statuses;
        if ("open".equals(status)) {
            statuses = EnumSet.of(ConsultationStatus.OPEN);
        } else if ("closed".equals(status)) {
            statuses = CLOSED_STATES;
        } else if ("upcoming".equals(status)) {
            statuses = EnumSet.of(ConsultationStatus.SCHEDULED);
        } else if ("draft".equals(status)) {
            if (!staff) {
                throw ProblemException.forbidden("Only staff can list draft consultations.");
            }
            statuses = EnumSet.of(ConsultationStatus.DRAFT);
        } else {
            statuses = EnumSet.complementOf(EnumSet.of(ConsultationStatus.DRAFT));
        }
        return repository.withStatus(statuses).stream()
                .map(ConsultationView::of)
                .toList();
    }

    public ConsultationDetailView get(UUID id, boolean staff) {
        Consultation consultation = staff ? consultations.find(id) : consultations.findPublished(id);
        QuestionService.Listed listed = questions.listWithAsked(id);
        return new ConsultationDetailView(
                ConsultationView.of(consultation),
                consultation.draftVersion,
                drafts.sections(id, consultation.draftVersion),
                listed.questions(),
                listed.askedBeforeAnyAnswer());
    }

    @Transactional
    public ConsultationView create(ConsultationRequest request) {
        Consultation consultation = Consultation.draft(now());
        apply(consultation, request);
        repository.persist(consultation);
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView update(UUID id, ConsultationRequest request) {
        Consultation consultation = find(id);
        consultation.requireDraft("edited");
        apply(consultation, request);
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView publish(UUID id) {
        Consultation consultation = find(id);
        consultation.publish(now());
        events.published(consultation);
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView close(UUID id) {
        Consultation consultation = find(id);
        consultation.close(now());
        events.closed(consultation);
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView publishOutcome(UUID id) {
        Consultation consultation = find(id);
        consultation.publishOutcome(now());
        events.outcomePublished(consultation, responses.countSubmitted(id), keyPoints.countFor(id));
        return ConsultationView.of(consultation);
    }

    /** Opens scheduled consultations and closes open ones whose time has come; returns how many changed. */
    @Transactional
    public int applySchedule() {
        Instant now = now();
        int changed = 0;
        for (Consultation consultation :
                repository.withStatus(EnumSet.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN))) {
            if (consultation.openIfDue(now)) {
                events.opened(consultation);
                changed++;
            }
            if (consultation.isDueToClose(now)) {
                consultation.close(now);
                events.closed(consultation);
                changed++;
            }
        }
        return changed;
    }

    private void apply(Consultation consultation, ConsultationRequest request) {
        if (request.opensAt() != null && !request.closesAt().isAfter(request.opensAt())) {
            throw ProblemException.invalidField("closesAt", "must be after opensAt");
        }
        consultation.title = request.title().strip();
        consultation.summary = request.summary().strip();
        consultation.plainLanguageSummary = request.plainLanguageSummary() == null
                ? null
                : request.plainLanguageSummary().strip();
        consultation.kind = request.kind();
        consultation.audience = request.audience();
        consultation.accountableTeam = request.accountableTeam().strip();
        consultation.opensAt = request.opensAt();
        consultation.closesAt = request.closesAt();
    }

    private Consultation find(UUID id) {
        return consultations.find(id);
    }

    private Instant now() {
        return clock.instant();
    }
}
