package org.ocop.test.conformance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact average of members' totals as a reduced fraction, e.g. {@code 269/3} for 89.666… (the average of
 * 90, 90 and 89). Averages are exact (<i>tổng điểm trung bình</i>, {@code docs/rules.md} §3.3): a case
 * writes a terminating average as a decimal ({@code "74.5"}) and any average as a fraction ({@code "269/3"}).
 *
 * @param numerator the numerator, in lowest terms with the denominator
 * @param denominator the denominator, at least 1
 */
public record ExactAverage(long numerator, long denominator) {

    /**
     * Reduces the fraction.
     *
     * @param numerator the numerator
     * @param denominator the denominator, at least 1
     * @throws IllegalArgumentException when the denominator is below 1
     */
    public ExactAverage {
        if (denominator < 1) {
            throw new IllegalArgumentException("An average's denominator is at least 1, got " + denominator);
        }
        long g = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    /**
     * @param sum the sum of the members' totals
     * @param members the number of members, at least 1
     * @return the exact average {@code sum / members}
     */
    public static ExactAverage of(long sum, long members) {
        return new ExactAverage(sum, members);
    }

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
                return new ExactAverage(Long.parseLong(t.substring(0, slash).strip()),
                        Long.parseLong(t.substring(slash + 1).strip()));
            }
            BigDecimal d = new BigDecimal(t);
            if (d.scale() <= 0) {
                return new ExactAverage(d.longValueExact(), 1);
            }
            return new ExactAverage(d.unscaledValue().longValueExact(), BigInteger.TEN.pow(d.scale()).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an average (a decimal such as 74.5 or a fraction such as 269/3): '"
                    + text + "'", e);
        }
    }

    /** @return whether the average has a finite decimal expansion (the denominator has no prime but 2 and 5) */
    public boolean terminates() {
        long d = denominator;
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
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
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
        if (terminates()) {
            return actual.compareTo(new BigDecimal(BigInteger.valueOf(numerator))
                    .divide(new BigDecimal(BigInteger.valueOf(denominator)))) == 0;
        }
        return actual.scale() >= 2 && actual.compareTo(toDecimal(actual.scale())) == 0;
    }

    /**
     * @param sum a sum of totals
     * @param members a number of members, at least 1
     * @return whether {@code sum / members} equals this average
     */
    public boolean matches(long sum, long members) {
        return BigInteger.valueOf(sum).multiply(BigInteger.valueOf(denominator))
                .equals(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(members)));
    }

    /** @return a decimal when the average terminates ({@code 74.5}), else {@code 269/3 (≈ 89.6667)} */
    @Override
    public String toString() {
        if (terminates()) {
            BigDecimal d = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator)).stripTrailingZeros();
            return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        }
        return numerator + "/" + denominator + " (≈ " + toDecimal(4).toPlainString() + ")";
    }
}
