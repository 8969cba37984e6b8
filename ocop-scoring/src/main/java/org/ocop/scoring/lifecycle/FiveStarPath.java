package org.ocop.scoring.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.RecognitionRoute;
import org.ocop.core.recognition.RecognitionStep;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.RecognitionPolicy;

/**
 * The recognition path of a scored product, including the 5★ path (docs/rules.md §4; Decision
 * 26/2026/QĐ-TTg Art. 4.1, 7.3 and 7.4), built around {@link RecognitionPolicy} for the deciding level:
 *
 * <ol>
 *   <li>At the province: 1★/2★ (and disqualified or not-final results) get no decision and no certificate
 *       (Art. 4.1a); 3★/4★ are recognised by the level {@link RecognitionPolicy#levelFor} names; an average
 *       of the rulebook's 5★-potential threshold ({@link RecognitionPolicy#fiveStarPotentialThreshold}; 90) or
 *       more is "5★ potential" (<i>tiềm năng đạt 5 sao</i>): the province
 *       approves the result and forwards the dossier to the central council (Art. 7.3).
 *   <li>At the central council, which scores the product again: a final rank of 5★ (an average in the 5★ band
 *       with the 5★ gates met) is recognised by the Ministry (Art. 7.4); below that, the province
 *       <i>may</i> recognise 3★ or 4★ from the central score (Art. 7.4: "có thể căn cứ vào kết quả đánh giá
 *       của Hội đồng cấp trung ương để xem xét, quyết định công nhận … 3 sao, 4 sao"); 1★/2★ get nothing.
 * </ol>
 *
 * <p>⚖ "5★ potential" rests on the province's average alone (Art. 7.3 speaks of the score; the engine's
 * {@link ScoreResult#isFiveStarPotential()} means the same): a product averaging 90+ whose 5★ gates fail is
 * still forwarded, and the central council's own scoring with gates decides; one whose 3★ gates fail
 * (final rank 1★/2★) gets no decision at all. Immutable and thread-safe.
 */
public final class FiveStarPath {

    private final RecognitionPolicy policy;

    private FiveStarPath(RecognitionPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param policy the recognition policy of the rulebook the product was scored under
     * @return the path
     */
    public static FiveStarPath with(RecognitionPolicy policy) {
        return new FiveStarPath(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * @param rulebookId the rulebook the product was scored under
     * @return the path under {@link RecognitionPolicy#forRulebook(String)}
     */
    public static FiveStarPath forRulebook(String rulebookId) {
        return with(RecognitionPolicy.forRulebook(rulebookId));
    }

    /**
     * @param rulebook the rulebook the product was scored under
     * @return the path under {@link RecognitionPolicy#forRulebook(Rulebook)}
     */
    public static FiveStarPath forRulebook(Rulebook rulebook) {
        return with(RecognitionPolicy.forRulebook(rulebook));
    }

    /**
     * The province step.
     *
     * @param averageScore the provincial council's average
     * @param finalRank the final rank (band and gates)
     * @param decidedOn the day of the provincial decision (matters for 148, see {@link RecognitionPolicy})
     * @return the step: no decision, recognise, or forward to central
     */
    public RecognitionStep atProvince(BigDecimal averageScore, StarRating finalRank, LocalDate decidedOn) {
        check(averageScore, finalRank, decidedOn);
        if (!finalRank.isRecognisable()) {
            return noDecision(averageScore, finalRank);
        }
        BigDecimal threshold = policy.fiveStarPotentialThreshold(decidedOn);
        if (averageScore.compareTo(threshold) >= 0) {
            return step(RecognitionRoute.FORWARD_TO_CENTRAL, averageScore, finalRank, AuthorityLevel.PROVINCE,
                    "average " + averageScore + " ≥ " + threshold.toPlainString() + ": 5★ potential, the province"
                            + " forwards the dossier to the central council (26/2026 Art. 7.3)");
        }
        return step(RecognitionRoute.RECOGNISE, averageScore, finalRank, levelFor(finalRank, decidedOn),
                finalRank.symbol() + " is recognised by the " + levelFor(finalRank, decidedOn).name().toLowerCase(Locale.ROOT)
                        + " level (" + policy.getRulebookId() + ", 26/2026 Art. 4.1a)");
    }

    /**
     * The province step from an engine result.
     *
     * @param provinceResult the provincial council's result
     * @param decidedOn the day of the provincial decision
     * @return the step; disqualified and not-final results get no decision
     */
    public RecognitionStep atProvince(ScoreResult provinceResult, LocalDate decidedOn) {
        Objects.requireNonNull(provinceResult, "provinceResult");
        if (provinceResult.getOutcome() != Outcome.RANKED || provinceResult.getStars().isEmpty()) {
            return outcomeWithoutRank(provinceResult);
        }
        return atProvince(provinceResult.getAverageScore(), provinceResult.getStars().get(), decidedOn);
    }

    /**
     * The central step, after the central council scored a forwarded product again.
     *
     * @param averageScore the central council's average
     * @param finalRank the central final rank (band and gates)
     * @param decidedOn the day of the decision
     * @return the step: the Ministry recognises 5★, the province may recognise 3★/4★, or no decision
     */
    public RecognitionStep atCentral(BigDecimal averageScore, StarRating finalRank, LocalDate decidedOn) {
        check(averageScore, finalRank, decidedOn);
        if (finalRank == StarRating.FIVE) {
            return step(RecognitionRoute.CENTRAL_RECOGNISES, averageScore, finalRank, levelFor(finalRank, decidedOn),
                    "central average " + averageScore + " with 5★ reached: the Ministry recognises 5★"
                            + " (26/2026 Art. 4.1b, 7.4)");
        }
        if (!finalRank.isRecognisable()) {
            return noDecision(averageScore, finalRank);
        }
        return step(RecognitionRoute.PROVINCE_FALLBACK, averageScore, finalRank, levelFor(finalRank, decidedOn),
                "central rank " + finalRank.symbol() + ": the province may recognise " + finalRank.symbol()
                        + " from the central score (26/2026 Art. 7.4)");
    }

    /**
     * The central step from an engine result.
     *
     * @param centralResult the central council's result
     * @param decidedOn the day of the decision
     * @return the step; disqualified and not-final results get no decision
     */
    public RecognitionStep atCentral(ScoreResult centralResult, LocalDate decidedOn) {
        Objects.requireNonNull(centralResult, "centralResult");
        if (centralResult.getOutcome() != Outcome.RANKED || centralResult.getStars().isEmpty()) {
            return outcomeWithoutRank(centralResult);
        }
        return atCentral(centralResult.getAverageScore(), centralResult.getStars().get(), decidedOn);
    }

    private AuthorityLevel levelFor(StarRating rank, LocalDate on) {
        return policy.levelFor(rank, on).orElseThrow(() -> new IllegalStateException(
                "RecognitionPolicy gives no level for " + rank.symbol()));
    }

    private static RecognitionStep outcomeWithoutRank(ScoreResult r) {
        return RecognitionStep.builder().route(RecognitionRoute.NO_DECISION).averageScore(r.getAverageScore())
                .rank(r.getStars()).explanation("outcome " + r.getOutcome()
                        + ": no recognition decision until the result is ranked and final")
                .build();
    }

    private static RecognitionStep noDecision(BigDecimal average, StarRating rank) {
        return RecognitionStep.builder().route(RecognitionRoute.NO_DECISION).averageScore(average).rank(rank)
                .explanation(rank.symbol() + " is a rank, not a recognition: no decision and no certificate"
                        + " (26/2026 Art. 4.1a)")
                .build();
    }

    private static RecognitionStep step(RecognitionRoute route, BigDecimal average, StarRating rank,
            AuthorityLevel level, String explanation) {
        return RecognitionStep.builder().route(route).averageScore(average).rank(rank).decidingLevel(level)
                .explanation(explanation).build();
    }

    private static void check(BigDecimal averageScore, StarRating finalRank, LocalDate decidedOn) {
        Objects.requireNonNull(averageScore, "averageScore");
        Objects.requireNonNull(finalRank, "finalRank");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (averageScore.signum() < 0 || averageScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("An OCOP average score is 0 to 100, got " + averageScore);
        }
    }

    @Override
    public String toString() {
        return "FiveStarPath[" + policy.getRulebookId() + "]";
    }
}
