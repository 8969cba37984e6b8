package org.ocop.scoring.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ocop.core.StarRating;

/** Counts of products per star rank, with their total. Immutable. */
public final class StarCounts {

    /** No products. */
    public static final StarCounts EMPTY = new StarCounts(new int[StarRating.values().length]);

    private final int[] counts;

    private StarCounts(int[] counts) {
        this.counts = counts;
    }

    static StarCounts copyOf(int[] counts) {
        return new StarCounts(counts.clone());
    }

    /**
     * @param rank a rank
     * @return how many products hold it
     */
    public int count(StarRating rank) {
        return counts[Objects.requireNonNull(rank, "rank").ordinal()];
    }

    /** @return how many products in all */
    public int getTotal() {
        return Arrays.stream(counts).sum();
    }

    /** @return the non-zero counts, by rank */
    public Map<StarRating, Integer> asMap() {
        Map<StarRating, Integer> map = new EnumMap<>(StarRating.class);
        for (StarRating r : StarRating.values()) {
            if (counts[r.ordinal()] > 0) {
                map.put(r, counts[r.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return asMap() + " (total " + getTotal() + ")";
    }
}
