package org.ocop.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ocop.core.StarRating;

/**
 * A rulebook's star bands as one value, the single place an average becomes a band ({@code docs/rules.md}
 * §3.4): half-open bands {@code [from, next from)}, the top band closed at 100, compared exactly. An average
 * is given as the fraction {@code sum / members} of the members' totals and compared in integers
 * ({@code sum × 10^s ≥ from × 10^s × members}), so a non-terminating average such as {@code 209/3} is never
 * rounded before banding. Immutable and thread-safe.
 */
public final class StarBands {

    private static volatile StarBands last;

    private final List<StarBand> source;
    private final List<StarBand> bands;
    /** Each band's start times 10^scale, as a long; the common scale is {@link #scale}. */
    private final long[] scaledFrom;
    private final long scale;

    private StarBands(List<StarBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("A rulebook needs at least one star band");
        }
        this.source = bands;
        this.bands = List.copyOf(bands);
        int s = 0;
        for (StarBand b : bands) {
            s = Math.max(s, Math.max(0, b.getFrom().scale()));
        }
        this.scale = BigDecimal.TEN.pow(s).longValueExact();
        this.scaledFrom = new long[bands.size()];
        for (int i = 0; i < scaledFrom.length; i++) {
            scaledFrom[i] = bands.get(i).getFrom().movePointRight(s).longValueExact();
        }
    }

    /**
     * @param bands the bands, lowest first ({@link Rulebook#getBands()})
     * @return them as one value
     * @throws IllegalArgumentException if there is no band
     */
    public static StarBands of(List<StarBand> bands) {
        return new StarBands(Objects.requireNonNull(bands, "bands"));
    }

    /**
     * @param rulebook a rulebook
     * @return its bands as one value (reused while the same rulebook's bands are asked for again, so that
     *     scoring many evaluations under one rulebook builds it once)
     * @throws IllegalArgumentException if the rulebook has no band
     */
    public static StarBands of(Rulebook rulebook) {
        List<StarBand> bands = rulebook.getBands();
        StarBands cached = last;
        if (cached != null && cached.source == bands) {
            return cached;
        }
        StarBands made = new StarBands(bands);
        last = made;
        return made;
    }

    /** @return the bands, lowest first */
    public List<StarBand> getBands() {
        return bands;
    }

    /**
     * The band of the exact average {@code sum / members}: the highest band whose start {@code from}
     * satisfies {@code sum ≥ from × members}.
     *
     * @param sum the sum of the members' totals
     * @param members the number of members, at least 1
     * @return the band's rank
     * @throws IllegalArgumentException if the average is negative or above 100
     */
    public StarRating bandOf(long sum, int members) {
        if (members < 1 || sum < 0 || sum > 100L * members) {
            throw new IllegalArgumentException("An average score is 0 to 100, got " + sum + "/" + members);
        }
        long scaledSum = sum * scale;
        int found = 0;
        for (int i = 0; i < scaledFrom.length; i++) {
            if (scaledSum >= scaledFrom[i] * members) {
                found = i;
            }
        }
        return bands.get(found).getRating();
    }

    /**
     * The band of an exact decimal average, e.g. a council's recorded average under a totals-only rulebook.
     *
     * @param average the average, 0 to 100
     * @return the band's rank
     * @throws IllegalArgumentException if the average is negative or above 100
     */
    public StarRating bandOf(BigDecimal average) {
        if (average.signum() < 0 || average.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("An average score is 0 to 100, got " + average);
        }
        StarRating rank = bands.get(0).getRating();
        for (StarBand band : bands) {
            if (average.compareTo(band.getFrom()) >= 0) {
                rank = band.getRating();
            }
        }
        return rank;
    }

    /**
     * @param star a rank
     * @return where the lowest band at or above that rank starts; 100 when no band reaches it
     */
    public BigDecimal startOf(StarRating star) {
        for (StarBand b : bands) {
            if (b.getRating().compareTo(star) >= 0) {
                return b.getFrom();
            }
        }
        return BigDecimal.valueOf(100);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarBands b && b.bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return "StarBands" + bands;
    }
}
