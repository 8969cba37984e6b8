package org.ocop.core.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The one implementation of "the first id held twice" used by the rules of councils and evaluations. */
final class Repeats {

    /** Up to this many ids a linear scan is cheaper than a hash set. */
    private static final int LINEAR = 64;

    private Repeats() {}

    /**
     * @param items the items, in order
     * @param id each item's id
     * @param <T> the items' type
     * @return the first id (in order of its second occurrence) that an earlier item already has; empty if none
     */
    static <T> Optional<String> first(List<T> items, Function<T, String> id) {
        int n = items.size();
        if (n > LINEAR) {
            Set<String> seen = new HashSet<>();
            for (T item : items) {
                String i = id.apply(item);
                if (!seen.add(i)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
        for (int j = 1; j < n; j++) {
            String i = id.apply(items.get(j));
            for (int k = 0; k < j; k++) {
                if (i.equals(id.apply(items.get(k)))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
