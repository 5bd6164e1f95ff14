package org.advisoryforum.tracking.service;

import org.advisoryforum.tracking.api.ImpactView;
import org.advisoryforum.tracking.api.YouSaidWeDidView;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Adds up published outcomes into responsiveness figures. */
final class ImpactFigures {

    private static final String LIVED_EXPERIENCE = "LIVED_EXPERIENCE";

    private ImpactFigures() {
    }

    static ImpactView.Figures of(Collection<YouSaidWeDidView> outcomes) {
        List<Long> days = outcomes.stream().filter(o -> o.closedAt() != null && o.outcomePublishedAt() != null)
                .map(o -> Duration.between(o.closedAt(), o.outcomePublishedAt()).toDays()).toList();
        List<YouSaidWeDidView.YouSaid> keyPoints = outcomes.stream().flatMap(o -> o.youSaid().stream()).toList();
        List<YouSaidWeDidView.WeDid> actions = outcomes.stream().flatMap(o -> o.weDid().stream()).toList();
        int answered = (int) keyPoints.stream().filter(k -> !k.actionIds().isEmpty()).count();
        List<YouSaidWeDidView.WeDid> implemented = withStatus(actions, "IMPLEMENTED");
        long withLivedExperience = implemented.stream()
                .filter(a -> a.voices().byPerspective().getOrDefault(LIVED_EXPERIENCE, 0) > 0).count();
        Map<String, Integer> byPerspective = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        outcomes.forEach(o -> {
            o.participation().voices().byPerspective().forEach((k, v) -> byPerspective.merge(k, v, Integer::sum));
            o.participation().byRegion().forEach((k, v) -> byRegion.merge(k, v, Integer::sum));
        });
        return new ImpactView.Figures(outcomes.size(),
                days.isEmpty() ? null : round(days.stream().mapToLong(Long::longValue).average().orElse(0)),
                keyPoints.size(), answered, share(answered, keyPoints.size()), actions.size(), implemented.size(),
                withStatus(actions, "PARTLY_ADOPTED").size(), withStatus(actions, "NOT_ADOPTED").size(),
                share(implemented.size(), actions.size()), share(withLivedExperience, implemented.size()),
                outcomes.stream().mapToInt(o -> o.participation().voices().total()).sum(), byPerspective, byRegion);
    }

    private static List<YouSaidWeDidView.WeDid> withStatus(List<YouSaidWeDidView.WeDid> actions, String status) {
        return actions.stream().filter(a -> Objects.equals(status, a.status())).toList();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
