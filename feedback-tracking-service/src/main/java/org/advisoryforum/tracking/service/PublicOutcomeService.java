package org.advisoryforum.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.YouSaidWeDidView;
import org.advisoryforum.tracking.domain.PublicOutcome;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.repository.PublicOutcomeRepository;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;

/**
 * Keeps the stored public "You said, we did" of each consultation whose outcome is published up to date: every
 * change it shows calls {@link #refresh}, in the same transaction; reading is one row, whatever the number of
 * responses.
 */
@ApplicationScoped
public class PublicOutcomeService {

    private final PublicOutcomeRepository outcomes;
    private final TrackedConsultationRepository consultations;
    private final PublicOutcomeBuilder builder;
    private final ObjectMapper json;

    public PublicOutcomeService(
            PublicOutcomeRepository outcomes,
            TrackedConsultationRepository consultations,
            PublicOutcomeBuilder builder,
            ObjectMapper json) {
        this.outcomes = outcomes;
        this.consultations = consultations;
        this.builder = builder;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID consultationId) {
        if (consultationId == null) {
            return; // a meeting's action: its public page is read live (MeetingOutcomeService)
        }
        // one rebuild at a time per consultation, so that concurrent changes (from consumers of different topics and
        // staff) cannot overwrite each other's page with a stale one: the second waits, then sees the first's commit
        TrackedConsultation consultation = consultations.findById(consultationId);
        if (consultation == null || consultation.outcomePublishedAt == null) {
            return;
        }
        consultations.flush();
        consultations.getEntityManager().lock(consultation, LockModeType.PESSIMISTIC_WRITE);
        String body = write(builder.build(consultation));
        String etag = Etags.of(body);
        PublicOutcome outcome = outcomes.findByIdOptional(consultationId).orElseGet(PublicOutcome::new);
        if (etag.equals(outcome.etag)) {
            return;
        }
        outcome.consultationId = consultationId;
        outcome.body = body;
        outcome.etag = etag;
        outcome.updatedAt = Instant.now();
        outcomes.persist(outcome);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> consultationIds) {
        new TreeSet<>(consultationIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach(this::refresh); // always in the same order: no deadlock
    }

    /** the stored document: one primary-key read */
    public PublicOutcome get(UUID consultationId) {
        PublicOutcome outcome = outcomes.findById(consultationId);
        if (outcome == null) {
            throw ProblemException.notFound(
                    "No outcome has been published for consultation " + consultationId + " yet.");
        }
        return outcome;
    }

    /** every published outcome, parsed (for the impact figures, open data and the feed) */
    public List<YouSaidWeDidView> all() {
        return outcomes.all().stream().map(this::read).toList();
    }

    private YouSaidWeDidView read(PublicOutcome outcome) {
        try {
            return json.readValue(outcome.body, YouSaidWeDidView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome of " + outcome.consultationId + " is not readable", e);
        }
    }

    private String write(YouSaidWeDidView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outcome could not be written", e);
        }
    }
}
