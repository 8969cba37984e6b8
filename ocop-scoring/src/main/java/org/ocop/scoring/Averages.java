package org.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ocop.core.rules.StarBands;

/**
 * Exact council averages and banding ({@code docs/rules.md} §3.3–3.4 ⚖: averages are exact decimals, no
 * floating point, no rounding before banding).
 *
 * <p><b>Representation.</b> The average of {@code n} integer totals is the fraction {@code sum / n}. When it
 * terminates in decimal (n's prime factors after reduction are only 2 and 5) it is returned exactly, without
 * trailing zeros ({@code 74}, {@code 74.5}, {@code 74.25}). When it does not terminate (e.g. three members,
 * {@code 223 / 3}) it is returned at {@link #AVERAGE_SCALE} decimals rounded {@code HALF_EVEN}
 * ({@code 74.3333333333}); {@link #fraction(long, int)} gives it exactly ({@code 223/3}). <b>Banding never
 * uses that decimal:</b> {@link StarBands#bandOf(long, int)} compares {@code sum ≥ from × n} in exact integer
 * arithmetic, so {@code 209 / 3 = 69.67} stays 3★.
 */
public final class Averages {

    /** Decimals kept for a non-terminating average (display rounds further, see {@link #council(long, int)}). */
    public static final int AVERAGE_SCALE = 10;

    private Averages() {}

    /**
     * @param sum the sum of the members' totals
     * @param members the number of members, at least 1
     * @return the exact average (see the type's documentation for non-terminating fractions)
     */
    public static BigDecimal of(long sum, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("An average needs at least one member, got " + members);
        }
        if (sum % members == 0) {
            return BigDecimal.valueOf(sum / members);
        }
        if (sum > 0 && sum < 900_000_000L) { // sum × 10^10 fits a long: one BigDecimal, no division on BigDecimals
            return ofSmall(sum, members);
        }
        BigDecimal s = BigDecimal.valueOf(sum);
        BigDecimal n = BigDecimal.valueOf(members);
        if (!terminates(sum, members)) {
            return s.divide(n, AVERAGE_SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal avg = s.divide(n).stripTrailingZeros();
        return avg.scale() < 0 ? avg.setScale(0) : avg;
    }

    /**
     * The same value as the BigDecimal path for {@code 0 < sum < 9 × 10^8}, in long arithmetic: the fewest
     * decimals (up to {@link #AVERAGE_SCALE}) at which the fraction is exact, else {@link #AVERAGE_SCALE}
     * decimals rounded {@code HALF_EVEN} when it does not terminate.
     */
    private static BigDecimal ofSmall(long sum, int members) {
        long scaled = sum;
        for (int scale = 1; scale <= AVERAGE_SCALE; scale++) {
            scaled *= 10;
            if (scaled % members == 0) {
                return BigDecimal.valueOf(scaled / members, scale);
            }
        }
        if (terminates(sum, members)) { // more decimals than AVERAGE_SCALE: exact, as the general path
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members)).stripTrailingZeros();
        }
        long q = scaled / members;
        long r = scaled % members;
        if (2 * r > members || (2 * r == members && (q & 1) == 1)) {
            q++;
        }
        return BigDecimal.valueOf(q, AVERAGE_SCALE);
    }

    /** Whether sum / members has a finite decimal expansion: the reduced denominator has no prime but 2 and 5. */
    private static boolean terminates(long sum, int members) {
        long d = members / gcd(Math.abs(sum), members);
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * The exact average as a reduced fraction, e.g. {@code 449/6}, or a whole number such as {@code 74} when
     * it divides.
     *
     * @param sum the sum of the members' totals
     * @param members the number of members, at least 1
     * @return the fraction's text
     */
    public static String fraction(long sum, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("An average needs at least one member, got " + members);
        }
        long g = gcd(Math.abs(sum), members);
        long num = sum / g;
        long den = members / g;
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    /**
     * The figure a council prints: the exact average rounded to two decimals, {@code HALF_UP} ({@code
     * docs/rules.md} §3.3 ⚖, for display only; never band it).
     *
     * @param sum the sum of the members' totals
     * @param members the number of members, at least 1
     * @return the average at two decimals
     */
    public static BigDecimal council(long sum, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("An average needs at least one member, got " + members);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    /**
     * Points a fraction lacks to reach a band: {@code max(0, from − sum / members)}, in the same exact
     * representation as {@link #of(long, int)}.
     *
     * @param from the band's lower bound
     * @param sum the sum of the members' totals
     * @param members the number of members
     * @return the points lacking on the average, 0 when already in or above the band
     */
    public static BigDecimal lacking(BigDecimal from, long sum, int members) {
        BigDecimal needed = from.multiply(BigDecimal.valueOf(members)).subtract(BigDecimal.valueOf(sum));
        if (needed.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = needed.divide(BigDecimal.valueOf(members), AVERAGE_SCALE, RoundingMode.HALF_EVEN);
        if (needed.scale() <= 0) {
            long num = needed.longValueExact();
            return of(num, members);
        }
        return exact;
    }
}
