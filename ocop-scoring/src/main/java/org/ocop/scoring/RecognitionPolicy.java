package org.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * Which level recognises which rank (<i>thẩm quyền công nhận</i>) and from which average a product is "5★
 * potential", read from the rulebook's dated legal parameters (docs/rules.md §4):
 * {@link ParameterName#RECOGNITION_LEVEL_THREE_STARS}, {@link ParameterName#RECOGNITION_LEVEL_FOUR_STARS},
 * {@link ParameterName#RECOGNITION_LEVEL_FIVE_STARS} and {@link ParameterName#FIVE_STAR_POTENTIAL_THRESHOLD},
 * each on the day of the decision. The shipped rulebooks state, for example, that under 148 the district
 * recognised 3★ until 5 Jul 2025 and the province from 6 Jul 2025 (Decision 1489/QĐ-TTg), and that under
 * 26/2026 the province recognises 3★ and 4★ and the Ministry 5★ (Art. 4.1).
 *
 * <p>⚖ A rulebook that gives no known value for one of these parameters on the day (a user rulebook that only
 * brings criteria) follows the newest shipped rulebook's value. 1★ and 2★ get no decision and no certificate.
 * Instances are immutable and thread-safe.
 */
public final class RecognitionPolicy {

    private final Rulebook rulebook;

    private RecognitionPolicy(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /**
     * @param rulebook the rulebook a product was scored under
     * @return the policy of that rulebook
     */
    public static RecognitionPolicy forRulebook(Rulebook rulebook) {
        return new RecognitionPolicy(Objects.requireNonNull(rulebook, "rulebook"));
    }

    /**
     * @param rulebookId the id of a shipped rulebook; any other id (a province's own rulebook) gets the newest
     *     shipped rulebook's parameters (⚖)
     * @return the policy of that rulebook
     */
    public static RecognitionPolicy forRulebook(String rulebookId) {
        Objects.requireNonNull(rulebookId, "rulebookId");
        RulebookCatalogue shipped = RulebookCatalogue.standard();
        return new RecognitionPolicy(shipped.byId(rulebookId).orElseGet(shipped::getNewest));
    }

    /**
     * @param rank a final rank
     * @param decidedOn the day of the recognition decision (matters where the level changed, e.g. 148 on 6 Jul 2025)
     * @return the recognising level, empty for 1★ and 2★
     */
    public Optional<AuthorityLevel> levelFor(StarRating rank, LocalDate decidedOn) {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (!rank.isRecognisable()) {
            return Optional.empty();
        }
        ParameterName name = rank == StarRating.THREE ? ParameterName.RECOGNITION_LEVEL_THREE_STARS
                : rank == StarRating.FOUR ? ParameterName.RECOGNITION_LEVEL_FOUR_STARS
                : ParameterName.RECOGNITION_LEVEL_FIVE_STARS;
        return Optional.of(parameter(name, decidedOn).asLevel());
    }

    /**
     * @param day the day of the provincial decision
     * @return the average from which a product is "5★ potential" and forwarded to the central council
     *     (26/2026 Art. 7.3: 90)
     */
    public BigDecimal fiveStarPotentialThreshold(LocalDate day) {
        return parameter(ParameterName.FIVE_STAR_POTENTIAL_THRESHOLD, Objects.requireNonNull(day, "day")).asDecimal();
    }

    private LegalParameter parameter(ParameterName name, LocalDate day) {
        Optional<LegalParameter> own = rulebook.parameter(name, day).filter(LegalParameter::isKnown);
        return own.orElseGet(() -> RulebookCatalogue.standard().getNewest().requireParameter(name, day));
    }

    /** @return the rulebook this policy reads */
    public Rulebook getRulebook() {
        return rulebook;
    }

    /** @return the id of the rulebook this policy reads */
    public String getRulebookId() {
        return rulebook.getId();
    }

    @Override
    public String toString() {
        return "RecognitionPolicy[" + rulebook.getId() + "]";
    }
}
