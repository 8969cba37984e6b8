package org.ocop.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.result.Outcome;

/**
 * What {@link ScoringEngine#rank} returns: the rank, the exact average and the outcome, without the
 * explanation a {@link org.ocop.core.result.ScoreResult} carries, and whether (and by which level) the rank
 * can be recognised. The average is kept as the exact fraction
 * {@code sum / members}; the decimal forms are computed when asked. Immutable.
 */
public final class Ranking {

    private final Outcome outcome;
    private final StarRating band;
    private final StarRating rank;
    private final long sum;
    private final int members;
    private final Optional<AuthorityLevel> level;

    Ranking(Outcome outcome, StarRating band, StarRating rank, long sum, int members, Optional<AuthorityLevel> level) {
        this.level = level;
        this.outcome = outcome;
        this.band = band;
        this.rank = rank;
        this.sum = sum;
        this.members = members;
    }

    /** @return ranked, disqualified or not final, as {@link org.ocop.core.result.ScoreResult#getOutcome()} */
    public Outcome getOutcome() {
        return outcome;
    }

    /** @return the final rank; empty when disqualified (a not-final result keeps its provisional rank) */
    public Optional<StarRating> getStars() {
        return outcome == Outcome.DISQUALIFIED ? Optional.empty() : Optional.of(rank);
    }

    /**
     * @return whether the rank can be recognised (3★ and up, ranked, final), as {@link
     *     org.ocop.core.result.ScoreResult#isRecognisable()}
     */
    public boolean isRecognisable() {
        return outcome == Outcome.RANKED && rank.isRecognisable();
    }

    /** @return the level that recognises the rank, when recognisable, as the explained result gives it */
    public Optional<AuthorityLevel> getRecognitionLevel() {
        return level;
    }

    /** @return the rank of the average's band, before gates and knock-outs */
    public StarRating getBand() {
        return band;
    }

    /** @return the sum of the members' totals, the exact average's numerator */
    public long getSum() {
        return sum;
    }

    /** @return the number of members, the exact average's denominator */
    public int getMembers() {
        return members;
    }

    /** @return the average as {@link Averages#of(long, int)} gives it (as {@code ScoreResult.getAverageScore()}) */
    public BigDecimal getAverageScore() {
        return Averages.of(sum, members);
    }

    /** @return the exact average as a reduced fraction ({@link Averages#fraction(long, int)}), e.g. {@code 449/6} */
    public String getAverageExact() {
        return Averages.fraction(sum, members);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ranking r && r.outcome == outcome && r.band == band && r.rank == rank
                && r.sum * members == sum * r.members && r.level.equals(level);
    }

    @Override
    public int hashCode() {
        return outcome.hashCode() * 31 + rank.hashCode() * 7 + Averages.fraction(sum, members).hashCode();
    }

    @Override
    public String toString() {
        return "Ranking[" + outcome + ", " + getStars().map(StarRating::symbol).orElse("no rank") + ", band "
                + band.symbol() + ", average " + getAverageExact() + "]";
    }
}
