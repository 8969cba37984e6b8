package org.ocop.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;

/**
 * Which level recognises which rank (<i>thẩm quyền công nhận</i>), per rulebook and date
 * ({@code ocop-rules.md} §4, research notes §2.3–2.4):
 *
 * <ul>
 *   <li>{@code QD-26-2026}: the province's People's Committee recognises 3★ and 4★, the Ministry of
 *       Agriculture and Environment 5★;
 *   <li>{@code QD-148-2023} before {@link #DECISION_1489_EFFECTIVE} (6 Jul 2025): district 3★, province
 *       4★, central 5★; from that day (Decision 1489/QĐ-TTg, after districts were abolished): province 3★
 *       and 4★, central 5★;
 *   <li>{@code QD-1048-2019}: the province issued decisions for 3★ and 4★ and forwarded 90+ products to
 *       the central level (research notes §2.4, "Procedure under 1048", confirmed); which amendment gave
 *       districts the 3★ decision is uncertain, so districts are not modelled for 1048.
 * </ul>
 *
 * <p>1★ and 2★ get no decision and no certificate. Instances are immutable and thread-safe.
 */
public final class RecognitionPolicy {

    /** The day Decision 1489/QĐ-TTg moved 3★ recognition from districts to provinces under 148. */
    public static final LocalDate DECISION_1489_EFFECTIVE = LocalDate.of(2025, 7, 6);

    private final String rulebookId;

    private RecognitionPolicy(String rulebookId) {
        this.rulebookId = rulebookId;
    }

    /**
     * @param rulebookId {@code QD-26-2026}, {@code QD-148-2023} or {@code QD-1048-2019}; any other id
     *     (a province's own rulebook) gets the 26/2026 allocation
     * @return the policy of that rulebook
     */
    public static RecognitionPolicy forRulebook(String rulebookId) {
        return new RecognitionPolicy(Objects.requireNonNull(rulebookId, "rulebookId"));
    }

    /**
     * @param rank a final rank
     * @param decidedOn the day of the recognition decision (matters for 148, which changed on 6 Jul 2025)
     * @return the recognising level, empty for 1★ and 2★
     */
    public Optional<AuthorityLevel> levelFor(StarRating rank, LocalDate decidedOn) {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (!rank.isRecognisable()) {
            return Optional.empty();
        }
        if (rank == StarRating.FIVE) {
            return Optional.of(AuthorityLevel.CENTRAL);
        }
        if (rank == StarRating.THREE && "QD-148-2023".equals(rulebookId) && decidedOn.isBefore(DECISION_1489_EFFECTIVE)) {
            return Optional.of(AuthorityLevel.DISTRICT);
        }
        return Optional.of(AuthorityLevel.PROVINCE);
    }

    /** @return the rulebook this policy belongs to */
    public String rulebookId() {
        return rulebookId;
    }

    @Override
    public String toString() {
        return "RecognitionPolicy[" + rulebookId + "]";
    }
}
