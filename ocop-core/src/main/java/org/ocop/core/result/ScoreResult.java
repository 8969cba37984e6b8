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
        long sum = 0;
        for (MemberTotal t : getMemberTotals()) {
            sum += t.getTotal();
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
        int members = getMemberTotals().size();
        if (members > 0) {
            BigDecimal exact = BigDecimal.valueOf(getTotalSum()).divide(BigDecimal.valueOf(members), 10,
                    RoundingMode.HALF_EVEN);
            require(getAverageScore().setScale(10, RoundingMode.HALF_EVEN).compareTo(exact) == 0, "averageScore "
                    + getAverageScore() + " is not the average of the members' totals (" + getAverageExact() + ")");
        }
        if (getOutcome() == Outcome.DISQUALIFIED) {
            require(getStars().isEmpty(), "a disqualified result has no rank");
        } else {
            require(getStars().isPresent(), "a " + getOutcome() + " result has a rank");
            require(getStars().get().compareTo(getBand()) <= 0, "the rank " + getStars().get().symbol()
                    + " is above the band " + getBand().symbol());
        }
        boolean canBeRecognised = getOutcome() == Outcome.RANKED && getStars().map(StarRating::isRecognisable)
                .orElse(false);
        require(!isRecognisable() || canBeRecognised, "only a ranked, final result of 3★ or more is recognisable");
        require(getRecognitionLevel().isEmpty() || isRecognisable(), "a recognition level needs a recognisable result");
        require(getNextStar().isEmpty() || getStars().filter(s -> s != StarRating.FIVE).isPresent(),
                "next-star advice needs a rank below 5★");
        getWarnings().forEach(w -> require(!w.getCode().isNotFinalReason(), w.getCode()
                + " is a not-final reason, not a warning"));
        getNotFinalReasons().forEach(w -> require(w.getCode().isNotFinalReason(), w.getCode()
                + " is a warning, not a not-final reason"));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("Inconsistent score result: " + message);
        }
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
