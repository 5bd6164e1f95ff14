package org.advisoryforum.consultation.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The adjusted Rand index of two groupings of the same items (1 = the same grouping, about 0 = chance). */
final class AdjustedRand {

    private AdjustedRand() {}

    static double of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("groupings of different items");
        }
        Map<String, Map<String, Long>> table = new HashMap<>();
        Map<String, Long> rows = new HashMap<>();
        Map<String, Long> columns = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            table.computeIfAbsent(truth.get(i), t -> new HashMap<>()).merge(predicted.get(i), 1L, Long::sum);
            rows.merge(truth.get(i), 1L, Long::sum);
            columns.merge(predicted.get(i), 1L, Long::sum);
        }
        double index = table.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(AdjustedRand::pairs)
                .sum();
        double rowPairs =
                rows.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double columnPairs =
                columns.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(truth.size());
        double max = (rowPairs + columnPairs) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
