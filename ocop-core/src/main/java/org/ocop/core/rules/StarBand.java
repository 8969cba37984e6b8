package org.ocop.core.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ocop.core.StarRating;

/**
 * A score band: the lowest average score (inclusive) that reaches a star rank. Bands are half-open
 * ({@code [from, next band's from)}), the top band closed at 100. Decisions 148 and 26/2026: 1★ below 30,
 * 2★ from 30, 3★ from 50, 4★ from 70, 5★ from 90 (docs/rules.md §3.4).
 */
@Value.Immutable
public interface StarBand {

    /** @return the rank of this band */
    @Value.Parameter
    StarRating getRating();

    /** @return the lowest average score in the band, inclusive */
    @Value.Parameter
    @DecimalMin("0")
    @DecimalMax("100")
    @SuppressWarnings("immutables:from") // no builder().from(band) copy method: bands are made with of(..)
    BigDecimal getFrom();

    /**
     * @param rating the rank
     * @param from the lowest average score, inclusive
     * @return the band
     */
    static StarBand of(StarRating rating, int from) {
        return ImmutableStarBand.of(rating, BigDecimal.valueOf(from));
    }

    /**
     * @param rating the rank
     * @param from the lowest average score, inclusive (kept exactly, scale included)
     * @return the band
     */
    static StarBand of(StarRating rating, BigDecimal from) {
        return ImmutableStarBand.of(rating, from);
    }
}
