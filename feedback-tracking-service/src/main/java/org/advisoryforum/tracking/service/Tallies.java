package org.advisoryforum.tracking.service;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.TallyView;
import org.advisoryforum.tracking.domain.Confirmation;
import org.advisoryforum.tracking.domain.Verdict;

/** Counts confirmations per action. */
final class Tallies {

    private Tallies() {}

    static Map<UUID, TallyView> of(Collection<Confirmation> confirmations) {
        return confirmations.stream()
                .collect(Collectors.groupingBy(
                        c -> c.actionId,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> new TallyView(
                                        list.stream()
                                                .filter(c -> c.verdict == Verdict.REFLECTS)
                                                .count(),
                                        list.stream()
                                                .filter(c -> c.verdict == Verdict.MISSES)
                                                .count()))));
    }

    static TallyView of(Map<UUID, TallyView> tallies, UUID actionId) {
        return tallies.getOrDefault(actionId, new TallyView(0, 0));
    }
}
