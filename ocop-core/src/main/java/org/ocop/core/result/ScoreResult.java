package org.ocop.core.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.rules.PartCode;

/**
 * The result of scoring one evaluation under one rulebook, explaining itself (docs/rules.md §3.7):
 * per-member totals, exact averages (never floating point), the band, every star gate, knock-outs, the
 * final rank, recognition and the way to the next star.
 */
@Value.Immutable
public interface ScoreResult {

    /** @return the rulebook scored under */
    String getRulebookId();

    /** @return the sheet number used */
    int getSheetNumber();

    /** @return the product's id */
    String getProductId();

    /** @return the evaluation's id, if it had one */
    Optional<String> getEvaluationId();

    /** @return every member's totals, in the evaluation's order */
    List<MemberTotal> getMemberTotals();

    /** @return the average of the members' totals (<i>tổng điểm trung bình</i>), exact */
    BigDecimal getAverageScore();

    /** @return the average per part */
    Map<PartCode, BigDecimal> getPartAverages();

    /** @return the average per group, by group code */
    Map<String, BigDecimal> getGroupAverages();

    /** @return the rank of the average's band, before gates and knock-outs */
    StarRating getBand();

    /** @return every star gate of the sheet with the members' choices */
    List<GateCheck> getGates();

    /** @return the knock-outs that apply */
    List<KnockoutFinding> getKnockouts();

    /** @return ranked, disqualified or not final */
    Outcome getOutcome();

    /** @return why the result is not final, when it is not: notes whose code is a not-final reason */
    List<ResultNote> getNotFinalReasons();

    /** @return the final rank: min(band, highest rank whose gates are met); empty when disqualified */
    Optional<StarRating> getStars();

    /** @return whether the rank can be recognised as an OCOP product (3★ and up, ranked, final) */
    boolean isRecognisable();

    /** @return the level that recognises the rank under this rulebook, when recognisable */
    Optional<AuthorityLevel> getRecognitionLevel();

    /** @return whether a provincial council averaged 90 or more: forwarded to the central council */
    boolean isFiveStarPotential();

    /** @return caveats about the data scored (e.g. an incomplete transcribed sheet): notes whose code is a warning */
    List<ResultNote> getWarnings();

    /** @return the scoring policy that produced the result; {@link ScoringPolicy#standard()} unless recorded */
    @Value.Default
    default ScoringPolicy getPolicy() {
        return ScoringPolicy.standard();
    }

    /** @return the way to the next star, for ranked products below 5★ when the engine computed it */
    Optional<NextStarAdvice> getNextStar();

    /** @return the gates that are not met */
    default List<GateCheck> getFailedGates() {
        return getGates().stream().filter(g -> !g.isMet()).toList();
    }

    /**
     * @return the failed gates that cap the rank below the band: failed gates of a rank at or below the band
     *     (a failed 3★ gate caps a 4★ band at 2★); empty when the rank is the band
     */
    default List<GateCheck> getCappedBy() {
        return getGates().stream().filter(g -> !g.isMet() && g.getStar().compareTo(getBand()) <= 0).toList();
    }

    /**
     * @return failed gates of a rank above the band: they cap nothing now, but stand between the product and a
     *     higher rank once its average reaches that band
     */
    default List<GateCheck> getFailedAboveBand() {
        return getGates().stream().filter(g -> !g.isMet() && g.getStar().compareTo(getBand()) > 0).toList();
    }

    /**
     * @return the sum of the members' totals, the numerator of the exact average (its denominator is the
     *     number of members)
     */
    default long getTotalSum() {
        List<MemberTotal> totals = getMemberTotals();
        long sum = 0;
        for (int i = 0; i < totals.size(); i++) {
            sum += totals.get(i).getTotal();
        }
        return sum;
    }

    /**
     * @return the exact average as a reduced fraction of the members' totals, e.g. {@code 449/6}, or a whole
     *     number such as {@code 74}
     */
    default String getAverageExact() {
        long sum = getTotalSum();
        long members = Math.max(1, getMemberTotals().size());
        long a = sum;
        long b = members;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        long g = Math.max(1, a);
        return members / g == 1 ? Long.toString(sum / g) : (sum / g) + "/" + (members / g);
    }

    /**
     * @return the figure a council prints: the exact average at two decimals, rounded {@code HALF_UP}
     *     ({@code docs/rules.md} §3.3 ⚖; for display, never for banding)
     */
    default BigDecimal getCouncilAverage() {
        return getAverageScore().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Checks the relations between the figures when a result is built (and so when one is read): the average
     * equals the members' totals' average (when they are given); outcome and rank agree (a disqualified result
     * has no rank, any other has one, at or below the band); recognisable only when ranked, final and 3★ or
     * more; a recognition level only when recognisable; next-star advice only for a rank below 5★; warnings
     * carry warning codes and not-final reasons carry not-final codes.
     *
     * @throws IllegalStateException naming the broken relation
     */
    @Value.Check
    default void checkRelations() {
        // every message is built only when its relation is broken: results are built on the scoring hot path
        int members = getMemberTotals().size();
        if (members > 0 && !isAverageOf(getAverageScore(), getTotalSum(), members)) {
            fail("averageScore " + getAverageScore() + " is not the average of the members' totals ("
                    + getAverageExact() + ")");
        }
        Optional<StarRating> stars = getStars();
        if (getOutcome() == Outcome.DISQUALIFIED) {
            if (stars.isPresent()) {
                fail("a disqualified result has no rank");
            }
        } else if (stars.isEmpty()) {
            fail("a " + getOutcome() + " result has a rank");
        } else if (stars.get().compareTo(getBand()) > 0) {
            fail("the rank " + stars.get().symbol() + " is above the band " + getBand().symbol());
        }
        boolean canBeRecognised = getOutcome() == Outcome.RANKED && stars.isPresent() && stars.get().isRecognisable();
        if (isRecognisable() && !canBeRecognised) {
            fail("only a ranked, final result of 3★ or more is recognisable");
        }
        if (getRecognitionLevel().isPresent() && !isRecognisable()) {
            fail("a recognition level needs a recognisable result");
        }
        if (getNextStar().isPresent() && (stars.isEmpty() || stars.get() == StarRating.FIVE)) {
            fail("next-star advice needs a rank below 5★");
        }
        List<ResultNote> warnings = getWarnings();
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).getCode().isNotFinalReason()) {
                fail(warnings.get(i).getCode() + " is a not-final reason, not a warning");
            }
        }
        List<ResultNote> reasons = getNotFinalReasons();
        for (int i = 0; i < reasons.size(); i++) {
            if (!reasons.get(i).getCode().isNotFinalReason()) {
                fail(reasons.get(i).getCode() + " is a warning, not a not-final reason");
            }
        }
    }

    /**
     * @return whether {@code average}, at ten decimals rounded {@code HALF_EVEN}, is {@code sum / members} at ten
     *     decimals rounded {@code HALF_EVEN}
     */
    private static boolean isAverageOf(BigDecimal average, long sum, int members) {
        if (average.scale() <= 10 && sum >= 0 && sum < 900_000_000L) { // sum × 10^10 fits a long
            long scaled = sum * 10_000_000_000L;
            long q = scaled / members;
            long r = scaled % members;
            if (2 * r > members || (2 * r == members && (q & 1) == 1)) {
                q++;
            }
            return average.compareTo(BigDecimal.valueOf(q, 10)) == 0;
        }
        BigDecimal exact = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 10, RoundingMode.HALF_EVEN);
        return average.setScale(10, RoundingMode.HALF_EVEN).compareTo(exact) == 0;
    }

    private static void fail(String message) {
        throw new IllegalStateException("Inconsistent score result: " + message);
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoreResult}. */
    final class Builder extends ImmutableScoreResult.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
