package org.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBands;

/**
 * What the engine reads from a rulebook on every call, looked up once per rulebook instance (identity): its
 * bands, its sheets by number (looked up and compiled on first use, so that scoring one sheet never loads or
 * compiles the others),
 * and the recognition parameters of the last evaluation day asked for. Scoring many evaluations under one
 * rulebook then walks no lists and builds no streams per call. A cache, not state: every value is derived
 * from the immutable rulebook; racing threads compute equal values.
 */
final class CompiledRulebook {

    private static final IdentityCache<Rulebook, CompiledRulebook> CACHE = new IdentityCache<>(64,
            CompiledRulebook::new);
    private static volatile CompiledRulebook last;

    final Rulebook rulebook;
    /** The bands, made on first use. */
    private StarBands bands;
    /** Compiled sheets by number, filled on first use (benign race: each slot gets an equal value). */
    private final CompiledSheet[] byNumber;
    /** The recognition parameters of the last day asked for. */
    private volatile Day day;

    private CompiledRulebook(Rulebook rulebook) {
        this.rulebook = rulebook;
        // sheet numbers are 1 to 26 (ProductSet); the sheets themselves are looked up (and a shipped rulebook
        // loads them) only when first asked for
        this.byNumber = new CompiledSheet[ProductSet.values().length + 1];
    }

    /**
     * @param rulebook a rulebook
     * @return its compiled form, from the identity cache when this instance was seen before
     */
    static CompiledRulebook of(Rulebook rulebook) {
        CompiledRulebook c = last;
        if (c != null && c.rulebook == rulebook) {
            return c;
        }
        c = CACHE.get(rulebook);
        last = c;
        return c;
    }

    /** @return the rulebook's bands ({@link StarBands#of(Rulebook)}) */
    StarBands bands() {
        StarBands b = bands;
        if (b == null) {
            b = StarBands.of(rulebook);
            bands = b;
        }
        return b;
    }

    /**
     * @param number a sheet number
     * @return the rulebook's sheet of that number, compiled; null when the rulebook has none
     */
    CompiledSheet sheet(int number) {
        boolean cached = number >= 0 && number < byNumber.length;
        CompiledSheet cs = cached ? byNumber[number] : null;
        if (cs == null) {
            cs = rulebook.sheet(number).map(CompiledSheet::of).orElse(null);
            if (cached) {
                byNumber[number] = cs;
            }
        }
        return cs;
    }

    /**
     * @param rank a final rank
     * @param decidedOn the day of the recognition decision
     * @return the level that recognises the rank ({@link RecognitionPolicy#levelFor}), one shared Optional
     */
    Optional<AuthorityLevel> levelFor(StarRating rank, LocalDate decidedOn) {
        if (!rank.isRecognisable()) {
            return Optional.empty();
        }
        Day d = day(decidedOn);
        int i = rank.stars() - StarRating.THREE.stars();
        Optional<AuthorityLevel> level = d.levels[i];
        if (level == null) {
            level = RecognitionPolicy.forRulebook(rulebook).levelFor(rank, decidedOn);
            d.levels[i] = level;
        }
        return level;
    }

    /**
     * @param decidedOn the day of the provincial decision
     * @return {@link RecognitionPolicy#fiveStarPotentialThreshold}
     */
    BigDecimal fiveStarPotentialThreshold(LocalDate decidedOn) {
        Day d = day(decidedOn);
        BigDecimal t = d.threshold;
        if (t == null) {
            t = RecognitionPolicy.forRulebook(rulebook).fiveStarPotentialThreshold(decidedOn);
            d.threshold = t;
        }
        return t;
    }

    private Day day(LocalDate decidedOn) {
        Day d = day;
        if (d == null || !d.date.equals(decidedOn)) {
            d = new Day(decidedOn);
            day = d;
        }
        return d;
    }

    /** One day's recognition parameters, each looked up on first use (benign races: equal values). */
    private static final class Day {
        final LocalDate date;
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array: written and read only here
        final Optional<AuthorityLevel>[] levels = new Optional[3];
        BigDecimal threshold;

        Day(LocalDate date) {
            this.date = date;
        }
    }
}
