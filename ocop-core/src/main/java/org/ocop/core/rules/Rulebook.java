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
 * (docs/rules.md §1).
 *
 * <p>Besides the criteria, a rulebook holds every dated legal parameter the library applies — transition
 * windows, recognition levels, certificate validity, deadlines, the 5★-potential threshold — each with its
 * legal reference or an explicit "unknown" ({@link #getParameters()}, {@link #parameter(ParameterName,
 * LocalDate)}): the rulebook holds what the law says, the scoring and lifecycle policies what the project
 * decided where the law is silent.
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

    /** @return how complete and trustworthy the data is, and who stands behind it */
    Completeness getCompleteness();

    /**
     * @return the id of the rulebook this one stands in for (a province's corrected copy of a shipped
     *     rulebook); set by the catalogue when a user rulebook replaces a shipped one, so that every result
     *     scored under it can name both
     */
    Optional<String> getReplaces();

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

    /** @return the dated legal parameters, at most one value of a name on any day */
    List<@Valid LegalParameter> getParameters();

    /**
     * @param name a parameter
     * @param day a day
     * @return the rulebook's entry for that parameter on that day (known or explicitly unknown), or empty
     *     when the rulebook says nothing about it on that day
     */
    default Optional<LegalParameter> parameter(ParameterName name, LocalDate day) {
        for (LegalParameter p : getParameters()) {
            if (p.getName() == name && p.appliesOn(day)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a parameter
     * @param day a day
     * @return the parameter's known value on that day
     * @throws ParameterException if the rulebook gives no known value on that day (the message says why)
     */
    default LegalParameter requireParameter(ParameterName name, LocalDate day) {
        LegalParameter p = parameter(name, day).orElseThrow(() -> new ParameterException("Rulebook " + getId()
                + " states no " + name + " on " + day));
        if (!p.isKnown()) {
            throw new ParameterException("Rulebook " + getId() + ": " + name + " on " + day + " is unknown: "
                    + p.getUnknownReason().orElse(""));
        }
        return p;
    }

    /**
     * @param date a dossier's submission date
     * @return whether the rulebook is in force on that date
     */
    default boolean isInForceOn(LocalDate date) {
        return !date.isBefore(getEffectiveFrom()) && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
    }

    /**
     * Maps an average score to its band (half-open bands, docs/rules.md §3.4).
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
     * Looks a sheet up by number. Sheets are usually listed in number order, so the sheet at position {@code
     * number - 1} is tried first, then every sheet in turn: no stream, no allocation but the answer.
     *
     * @param number a sheet number, 1 to 26
     * @return the sheet, if the rulebook has criteria for it
     */
    default Optional<CriteriaSheet> sheet(int number) {
        List<CriteriaSheet> sheets = getSheets();
        if (number >= 1 && number <= sheets.size()) {
            CriteriaSheet atPosition = sheets.get(number - 1);
            if (atPosition.getNumber() == number) {
                return Optional.of(atPosition);
            }
        }
        for (CriteriaSheet s : sheets) {
            if (s.getNumber() == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
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
        for (int i = 0; i < getParameters().size(); i++) {
            for (int j = i + 1; j < getParameters().size(); j++) {
                LegalParameter a = getParameters().get(i);
                LegalParameter b = getParameters().get(j);
                if (a.getName() == b.getName() && overlap(a, b)) {
                    throw new IllegalArgumentException(where + "two values of " + a.getName() + " apply on the same day");
                }
            }
        }
        getParameters().stream().filter(p -> p.getName() == ParameterName.LAST_DAY && p.isKnown()).findFirst()
                .ifPresent(p -> {
                    if (!getEffectiveTo().equals(Optional.of(p.asDate()))) {
                        throw new IllegalArgumentException(where + "parameter LAST_DAY " + p.getValue().orElse("")
                                + " differs from effective-to " + getEffectiveTo().map(LocalDate::toString).orElse("(none)"));
                    }
                });
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

    private static boolean overlap(LegalParameter a, LegalParameter b) {
        boolean aEndsBeforeB = a.getTo().isPresent() && b.getFrom().isPresent() && a.getTo().get().isBefore(b.getFrom().get());
        boolean bEndsBeforeA = b.getTo().isPresent() && a.getFrom().isPresent() && b.getTo().get().isBefore(a.getFrom().get());
        return !aEndsBeforeB && !bEndsBeforeA;
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
