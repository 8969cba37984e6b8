package org.ocop.test.conformance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/**
 * An exact average of members' totals as a reduced fraction, e.g. {@code 269/3} for 89.666… (the average of
 * 90, 90 and 89). Averages are exact (<i>tổng điểm trung bình</i>, {@code docs/rules.md} §3.3): a case
 * writes a terminating average as a decimal ({@code "74.5"}) and any average as a fraction ({@code "269/3"}).
 */
@OcopStyle
@Value.Immutable
public abstract class ExactAverage {

    ExactAverage() {}

    /**
     * Reduces the fraction.
     *
     * @param sum the sum of the members' totals (or any numerator)
     * @param members the number of members (or any denominator), at least 1
     * @return the exact average {@code sum / members}, in lowest terms
     * @throws IllegalArgumentException when the denominator is below 1
     */
    public static ExactAverage of(long sum, long members) {
        if (members < 1) {
            throw new IllegalArgumentException("An average's denominator is at least 1, got " + members);
        }
        long g = BigInteger.valueOf(sum).gcd(BigInteger.valueOf(members)).longValueExact();
        return g > 1 ? ImmutableExactAverage.of(sum / g, members / g) : ImmutableExactAverage.of(sum, members);
    }

    /** @return the numerator, in lowest terms with the denominator */
    @Value.Parameter
    public abstract long getNumerator();

    /** @return the denominator, at least 1 */
    @Value.Parameter
    public abstract long getDenominator();

    /**
     * @param text a decimal ({@code "74.5"}, {@code "74"}) or a fraction ({@code "269/3"})
     * @return the average it writes
     * @throws IllegalArgumentException when the text is neither
     */
    public static ExactAverage parse(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                return of(Long.parseLong(t.substring(0, slash).strip()),
                        Long.parseLong(t.substring(slash + 1).strip()));
            }
            BigDecimal d = new BigDecimal(t);
            if (d.scale() <= 0) {
                return of(d.longValueExact(), 1);
            }
            return of(d.unscaledValue().longValueExact(), BigInteger.TEN.pow(d.scale()).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an average (a decimal such as 74.5 or a fraction such as 269/3): '"
                    + text + "'", e);
        }
    }

    /** @return whether the average has a finite decimal expansion (the denominator has no prime but 2 and 5) */
    public boolean isTerminating() {
        long d = getDenominator();
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    /**
     * @param scale decimals to keep
     * @return the average rounded half-even to that many decimals
     */
    public BigDecimal toDecimal(int scale) {
        return BigDecimal.valueOf(getNumerator()).divide(BigDecimal.valueOf(getDenominator()), scale,
                RoundingMode.HALF_EVEN);
    }

    /**
     * Whether a decimal average reports this one: equal by value when this average terminates; otherwise
     * (thirds, sevenths, ninths …) the decimal must carry at least two decimals and equal this average rounded
     * to its own number of decimals.
     *
     * @param actual an average as a system reports it
     * @return whether it matches
     */
    public boolean matches(BigDecimal actual) {
        if (isTerminating()) {
            return actual.compareTo(new BigDecimal(BigInteger.valueOf(getNumerator()))
                    .divide(new BigDecimal(BigInteger.valueOf(getDenominator())))) == 0;
        }
        return actual.scale() >= 2 && actual.compareTo(toDecimal(actual.scale())) == 0;
    }

    /**
     * @param sum a sum of totals
     * @param members a number of members, at least 1
     * @return whether {@code sum / members} equals this average
     */
    public boolean matches(long sum, long members) {
        return BigInteger.valueOf(sum).multiply(BigInteger.valueOf(getDenominator()))
                .equals(BigInteger.valueOf(getNumerator()).multiply(BigInteger.valueOf(members)));
    }

    /** @return a decimal when the average terminates ({@code 74.5}), else {@code 269/3 (≈ 89.6667)} */
    @Override
    public String toString() {
        if (isTerminating()) {
            BigDecimal d = BigDecimal.valueOf(getNumerator()).divide(BigDecimal.valueOf(getDenominator()))
                    .stripTrailingZeros();
            return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        }
        return getNumerator() + "/" + getDenominator() + " (≈ " + toDecimal(4).toPlainString() + ")";
    }
}
