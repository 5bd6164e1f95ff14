package org.advisoryforum.tracking.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.advisoryforum.tracking.api.ImpactView;
import org.advisoryforum.tracking.api.YouSaidWeDidView;
import org.advisoryforum.tracking.domain.TrackedConsultation;

/** Adds up published outcomes into responsiveness figures. */
final class ImpactFigures {

    private static final String LIVED_EXPERIENCE = "LIVED_EXPERIENCE";

    private ImpactFigures() {}

    /** @param overdue how many closed consultations are past their due date without an outcome */
    static ImpactView.Figures of(Collection<YouSaidWeDidView> outcomes, int overdue) {
        List<Long> days = outcomes.stream()
                .filter(o -> o.closedAt() != null && o.outcomePublishedAt() != null)
                .map(o -> Duration.between(o.closedAt(), o.outcomePublishedAt()).toDays())
                .sorted()
                .toList();
        List<YouSaidWeDidView> timed = outcomes.stream()
                .filter(o -> o.outcomeDueBy() != null && o.outcomePublishedAt() != null)
                .toList();
        int onTime = (int) timed.stream()
                .filter(o -> !LocalDate.ofInstant(o.outcomePublishedAt(), TrackedConsultation.LONDON)
                        .isAfter(o.outcomeDueBy()))
                .count();
        List<YouSaidWeDidView.YouSaid> keyPoints =
                outcomes.stream().flatMap(o -> o.youSaid().stream()).toList();
        List<YouSaidWeDidView.WeDid> actions =
                outcomes.stream().flatMap(o -> o.weDid().stream()).toList();
        int answered =
                (int) keyPoints.stream().filter(k -> !k.actionIds().isEmpty()).count();
        List<YouSaidWeDidView.WeDid> implemented = withStatus(actions, "IMPLEMENTED");
        long withLivedExperience = implemented.stream()
                .filter(a -> a.voices().byPerspective().getOrDefault(LIVED_EXPERIENCE, 0) > 0)
                .count();
        Map<String, Integer> byPerspective = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        outcomes.forEach(o -> {
            o.participation().voices().byPerspective().forEach((k, v) -> byPerspective.merge(k, v, Integer::sum));
            o.participation().byRegion().forEach((k, v) -> byRegion.merge(k, v, Integer::sum));
        });
        return new ImpactView.Figures(
                outcomes.size(),
                days.isEmpty()
                        ? null
                        : round(days.stream()
                                .mapToLong(Long::longValue)
                                .average()
                                .orElse(0)),
                median(days),
                onTime,
                overdue,
                share(onTime, timed.size() + overdue),
                keyPoints.size(),
                answered,
                share(answered, keyPoints.size()),
                actions.size(),
                implemented.size(),
                withStatus(actions, "PARTLY_ADOPTED").size(),
                withStatus(actions, "NOT_ADOPTED").size(),
                share(implemented.size(), actions.size()),
                share(withLivedExperience, implemented.size()),
                outcomes.stream()
                        .mapToInt(o -> o.participation().voices().total())
                        .sum(),
                byPerspective,
                byRegion);
    }

    private static List<YouSaidWeDidView.WeDid> withStatus(List<YouSaidWeDidView.WeDid> actions, String status) {
        return actions.stream().filter(a -> Objects.equals(status, a.status())).toList();
    }

    /** the middle of sorted values, or the mean of the two middle ones */
    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle).doubleValue()
                : round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
