package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.api.ImpactView;
import org.advisoryforum.tracking.api.OpenDataView;
import org.advisoryforum.tracking.api.YouSaidWeDidView;

import java.util.Comparator;
import java.util.List;

/**
 * Public figures and open data, all derived from the stored public outcomes (never from responses): the impact
 * figures and the input → outcome graph without quotes.
 */
@ApplicationScoped
public class OpenDataService {

    private final PublicOutcomeService outcomes;

    public OpenDataService(PublicOutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    public ImpactView impact() {
        List<YouSaidWeDidView> all = published();
        return new ImpactView(ImpactFigures.of(all), all.stream().map(o -> new ImpactView.ConsultationImpact(
                o.consultationId(), o.title(), o.closedAt(), o.outcomePublishedAt(), ImpactFigures.of(List.of(o))))
                .toList());
    }

    public OpenDataView graph() {
        return new OpenDataView(published().stream().map(OpenDataView.Outcome::of).toList());
    }

    /** newest outcome first */
    public List<YouSaidWeDidView> published() {
        return outcomes.all().stream()
                .sorted(Comparator.comparing(YouSaidWeDidView::outcomePublishedAt,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(o -> o.consultationId().toString()))
                .toList();
    }
}
