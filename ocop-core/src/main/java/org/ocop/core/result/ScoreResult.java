package org.ocop.core.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.rules.PartCode;

/**
 * The result of scoring one evaluation under one rulebook, explaining itself ({@code ocop-rules.md} §3.7):
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

    /** @return why the result is not final, when it is not */
    List<String> getNotFinalReasons();

    /** @return the final rank: min(band, highest rank whose gates are met); empty when disqualified */
    Optional<StarRating> getStars();

    /** @return whether the rank can be recognised as an OCOP product (3★ and up, ranked, final) */
    boolean isRecognisable();

    /** @return the level that recognises the rank under this rulebook, when recognisable */
    Optional<AuthorityLevel> getRecognitionLevel();

    /** @return whether a provincial council averaged 90 or more: forwarded to the central council */
    boolean isFiveStarPotential();

    /** @return caveats about the data scored (e.g. an incomplete transcribed sheet) */
    List<String> getWarnings();

    /** @return the way to the next star, for ranked products below 5★ when the engine computed it */
    Optional<NextStarAdvice> getNextStar();

    /** @return the gates that are not met */
    default List<GateCheck> failedGates() {
        return getGates().stream().filter(g -> !g.isMet()).toList();
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
