package org.ocop.core;

/**
 * An OCOP star rank (<i>hạng sao</i>), 1 to 5 stars.
 *
 * <p>Decision 26/2026/QĐ-TTg (and 148/QĐ-TTg before it) ranks products from 1 to 5 stars on the
 * average score; only 3, 4 and 5 stars are recognised as OCOP products with a decision and a
 * certificate. 1★ and 2★ are ranks without recognition (see {@code docs/rules.md} §3.4).
 */
public enum StarRating {
    /** One star: under 30 points. */
    ONE(1),
    /** Two stars: 30 to under 50 points. */
    TWO(2),
    /** Three stars: 50 to under 70 points; the lowest recognised rank. */
    THREE(3),
    /** Four stars: 70 to under 90 points. */
    FOUR(4),
    /** Five stars: 90 to 100 points, recognised at central level. */
    FIVE(5);

    private final int stars;

    StarRating(int stars) {
        this.stars = stars;
    }

    /** @return the number of stars, 1 to 5 */
    public int stars() {
        return stars;
    }

    /**
     * @return whether a product of this rank can be recognised as an OCOP product (3★ and above); 1★ and
     *     2★ get no decision and no certificate
     */
    public boolean isRecognisable() {
        return stars >= 3;
    }

    /** @return the next higher rank, or this rank for {@link #FIVE} */
    public StarRating next() {
        return this == FIVE ? FIVE : values()[ordinal() + 1];
    }

    /**
     * @param other another rank
     * @return the lower of the two ranks
     */
    public StarRating min(StarRating other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * @param stars 1 to 5
     * @return the rank
     * @throws IllegalArgumentException if {@code stars} is outside 1..5
     */
    public static StarRating of(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("An OCOP star rank is 1 to 5, got " + stars);
        }
        return values()[stars - 1];
    }

    /** @return e.g. {@code "4★"} */
    public String symbol() {
        return stars + "★";
    }
}
