package org.ocop.core.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;

/**
 * One OCOP rule set (<i>bộ tiêu chí</i>) as data: the decision that made it, when it applies, where its
 * data came from and how complete it is, the part maxima, the star bands and the criteria sheets
 * ({@code ocop-rules.md} §1).
 *
 * <p>Rulebooks are versioned with effective dates so that an evaluation is always scored under the rules of
 * its day. A rulebook checks when built that its part maxima add up to 100, that its bands start at 0 and
 * rise with the rank, that sheet numbers are unique and that every complete sheet's parts carry the
 * rulebook's part maxima.
 */
@Value.Immutable
public interface Rulebook {

    /** @return the identifier, e.g. {@code QD-26-2026} */
    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{org.ocop.Rulebook.id}")
    String getId();

    /** @return the title of the decision */
    @Valid
    LocalizedText getTitle();

    /** @return the legal reference, e.g. "Quyết định 26/2026/QĐ-TTg ngày 22/5/2026" */
    @NotBlank
    String getLegalReference();

    /** @return amending decisions, e.g. "Quyết định 1489/QĐ-TTg ngày 6/7/2025" */
    List<String> getAmendments();

    /** @return the signing date */
    LocalDate getSignedOn();

    /** @return the first day the rulebook applies */
    LocalDate getEffectiveFrom();

    /** @return the last day the rulebook applies to new dossiers, if it has been replaced */
    Optional<LocalDate> getEffectiveTo();

    /** @return where the data came from (repository, commit, checks done) */
    @NotBlank
    String getProvenance();

    /** @return how complete and trustworthy the data is */
    Completeness getCompleteness();

    /** @return the classification the rulebook uses */
    @Value.Default
    default ClassificationScheme getClassification() {
        return ClassificationScheme.PRODUCT_SETS;
    }

    /** @return every correction applied to the source, with the printed value */
    List<@Valid Correction> getCorrections();

    /** @return the maximum of each part (A, B, C), adding up to 100 */
    Map<PartCode, Integer> getPartMaxima();

    /** @return the star bands, lowest first */
    List<@Valid StarBand> getBands();

    /** @return the criteria sheets, by number (empty for {@link Completeness#TOTALS_ONLY}) */
    List<@Valid CriteriaSheet> getSheets();

    /**
     * @param date a dossier's submission date
     * @return whether the rulebook is in force on that date
     */
    default boolean isInForceOn(LocalDate date) {
        return !date.isBefore(getEffectiveFrom()) && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
    }

    /**
     * Maps an average score to its band (half-open bands, {@code ocop-rules.md} §3.4).
     *
     * @param average an average score, 0 to 100
     * @return the band's rank
     * @throws IllegalArgumentException if the score is negative or above 100
     */
    default StarRating bandOf(BigDecimal average) {
        if (average.signum() < 0 || average.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("An average score is 0 to 100, got " + average);
        }
        StarRating rank = getBands().get(0).getRating();
        for (StarBand band : getBands()) {
            if (average.compareTo(band.getFrom()) >= 0) {
                rank = band.getRating();
            }
        }
        return rank;
    }

    /**
     * @param number a sheet number, 1 to 26
     * @return the sheet, if the rulebook has criteria for it
     */
    default Optional<CriteriaSheet> sheet(int number) {
        return getSheets().stream().filter(s -> s.getNumber() == number).findFirst();
    }

    /**
     * @param set a product set
     * @return its criteria sheet
     * @throws UnsupportedOperationException for a totals-only rulebook, which has no criteria
     * @throws IllegalArgumentException if the rulebook has no sheet for the set
     */
    default CriteriaSheet sheetFor(ProductSet set) {
        if (getCompleteness() == Completeness.TOTALS_ONLY) {
            throw new UnsupportedOperationException("Rulebook " + getId() + " is totals-only: its criteria sheets "
                    + "are not available, so it can map an average score to stars but cannot score criteria");
        }
        return sheet(set.sheetNumber()).orElseThrow(() -> new IllegalArgumentException(
                "Rulebook " + getId() + " has no sheet " + set.sheetNumber() + " (" + set.label().getVi() + ")"));
    }

    /** Checks the rulebook's own consistency; see the type's documentation. */
    @Value.Check
    default void check() {
        String where = "rulebook " + getId() + ": ";
        if (getEffectiveTo().isPresent() && getEffectiveTo().get().isBefore(getEffectiveFrom())) {
            throw new IllegalArgumentException(where + "effective-to is before effective-from");
        }
        Map<PartCode, Integer> maxima = new EnumMap<>(PartCode.class);
        maxima.putAll(getPartMaxima());
        if (maxima.size() != 3 || maxima.values().stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException(where + "parts A, B, C must have maxima adding up to 100, got " + maxima);
        }
        if (getBands().isEmpty() || getBands().get(0).getFrom().signum() != 0) {
            throw new IllegalArgumentException(where + "the lowest band must start at 0");
        }
        for (int i = 1; i < getBands().size(); i++) {
            StarBand prev = getBands().get(i - 1);
            StarBand band = getBands().get(i);
            if (band.getRating().compareTo(prev.getRating()) <= 0 || band.getFrom().compareTo(prev.getFrom()) <= 0) {
                throw new IllegalArgumentException(where + "bands must rise in rank and score: " + prev + " then " + band);
            }
        }
        if (getCompleteness() == Completeness.TOTALS_ONLY && !getSheets().isEmpty()) {
            throw new IllegalArgumentException(where + "a totals-only rulebook has no sheets");
        }
        Set<Integer> numbers = new HashSet<>();
        for (CriteriaSheet sheet : getSheets()) {
            if (!numbers.add(sheet.getNumber())) {
                throw new IllegalArgumentException(where + "sheet " + sheet.getNumber() + " appears twice");
            }
            if (sheet.isComplete()) {
                for (SheetPart part : sheet.getParts()) {
                    Integer expected = maxima.get(part.getCode());
                    if (expected != part.getMaxPoints()) {
                        throw new SheetArithmeticException("sheet " + sheet.getNumber() + " / part " + part.getCode(),
                                "maximum " + part.getMaxPoints() + " != rulebook part maximum " + expected);
                    }
                }
            }
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Rulebook}. */
    final class Builder extends ImmutableRulebook.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
