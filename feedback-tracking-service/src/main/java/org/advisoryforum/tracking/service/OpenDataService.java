package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.advisoryforum.tracking.api.ImpactView;
import org.advisoryforum.tracking.api.OpenDataView;
import org.advisoryforum.tracking.api.YouSaidWeDidView;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.repository.TrackedConsultationRepository;

/**
 * Public figures and open data, all derived from the stored public outcomes (never from responses): the impact
 * figures and the input → outcome graph without quotes.
 */
@ApplicationScoped
public class OpenDataService {

    private final PublicOutcomeService outcomes;
    private final TrackedConsultationRepository consultations;

    public OpenDataService(PublicOutcomeService outcomes, TrackedConsultationRepository consultations) {
        this.outcomes = outcomes;
        this.consultations = consultations;
    }

    public ImpactView impact() {
        List<YouSaidWeDidView> all = published();
        return new ImpactView(
                ImpactFigures.of(all, overdueWithoutOutcome().size()),
                all.stream()
                        .map(o -> new ImpactView.ConsultationImpact(
                                o.consultationId(),
                                o.title(),
                                o.closedAt(),
                                o.outcomePublishedAt(),
                                ImpactFigures.of(List.of(o), 0)))
                        .toList());
    }

    /** consultations the response clock found late whose outcome is still not published */
    public List<TrackedConsultation> overdueWithoutOutcome() {
        return consultations.foundOverdue().stream()
                .filter(c -> c.outcomePublishedAt == null)
                .toList();
    }

    /** every consultation the response clock found late, newest first (published since or not) */
    public List<TrackedConsultation> foundOverdue() {
        return consultations.foundOverdue();
    }

    public OpenDataView graph() {
        return new OpenDataView(
                published().stream().map(OpenDataView.Outcome::of).toList());
    }

    /** newest outcome first */
    public List<YouSaidWeDidView> published() {
        return outcomes.all().stream()
                .sorted(Comparator.comparing(
                                YouSaidWeDidView::outcomePublishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(o -> o.consultationId().toString()))
                .toList();
    }
}
