package org.advisoryforum.tracking.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * PostgreSQL takes at most 65,535 parameters in one statement, and a large consultation has more respondents and
 * inputs than that: a lookup by a list of ids reads them in slices.
 */
final class IdSlices {

    private static final int SLICE = 10_000;

    private IdSlices() {}

    static <I, T> List<T> read(Collection<I> ids, Function<List<I>, List<T>> query) {
        List<I> all = List.copyOf(ids);
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += SLICE) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SLICE))));
        }
        return found;
    }
}
