package org.ocop.core.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;

/**
 * A criterion (<i>chỉ tiêu</i>) of a criteria sheet, or a sub-criterion of a {@link
 * CriterionKind#COMPOSITE composite} one. Codes are as printed without the trailing dot: {@code "1.1"},
 * sub-criteria {@code "6.1.1"}; a group scored directly holds one implicit criterion with the group's code.
 *
 * <p>Members choose among the {@linkplain #getScoringOptions() scoring options} by 0-based index in printed
 * order, so that a paper sheet and a JSON document map one to one.
 */
@Value.Immutable
public interface Criterion {

    /** @return the code as printed, e.g. {@code "1.1"} or {@code "6.1.1"} */
    @NotBlank
    String getCode();

    /** @return the printed name and an English rendering */
    @Valid
    LocalizedText getName();

    /** @return how the criterion is scored */
    @Value.Default
    default CriterionKind getKind() {
        return CriterionKind.CHOICE;
    }

    /** @return the printed maximum (for a leaf, the best option; for a composite, the sum of its parts) */
    int getMaxPoints();

    /** @return the options in printed order (empty for binary, alternatives and composite criteria) */
    List<@Valid CriterionOption> getOptions();

    /** @return the sub-criteria of a composite criterion */
    List<@Valid Criterion> getSubCriteria();

    /** @return the cases of an alternatives criterion */
    List<@Valid Alternative> getAlternatives();

    /** @return the condition of a conditional criterion, as printed */
    Optional<@Valid LocalizedText> getCondition();

    /**
     * The printed condition as data, where the sheet states it unambiguously ({@code docs/rules.md} §3.2):
     * the code of the criterion whose first option says the condition does not hold. Criterion 5.2 of
     * Decision 26/2026 ("chỉ áp dụng khi có câu chuyện sản phẩm", only when the product has a story) requires
     * 5.1, whose first option is "không có câu chuyện sản phẩm" (no product story): a member who picks that
     * first option on 5.1 cannot also choose an option of 5.2. Empty when the condition can only be read as
     * text (it then stays the council's judgement).
     *
     * @return the code of the required criterion, on the same sheet
     */
    Optional<String> getRequiredCriterion();

    /** @return the selection rule of an alternatives criterion, as printed */
    Optional<@Valid LocalizedText> getSelectionRule();

    /** @return explanatory text printed with the criterion */
    Optional<String> getDescription();

    /** @return non-knock-out notes printed with the criterion */
    List<String> getNotes();

    /** @return the criterion's knock-out note, if any */
    Optional<@Valid Knockout> getKnockout();

    /**
     * @return a star gate printed on the criterion heading itself rather than on an option (only in the 148
     *     transcription; what it requires is not stated, so the engine reports it and does not apply it)
     */
    Optional<StarRating> getMinStar();

    /** @return whether this criterion stands for a group scored directly (it shares the group's code) */
    @Value.Default
    default boolean isImplicit() {
        return false;
    }

    /** @return the label printed in a transcription (e.g. "a)"), where it differs from the code */
    Optional<String> getLabel();

    /** @return the maximum as printed, where it was unusable or differed from {@link #getMaxPoints()} */
    Optional<String> getPrintedMax();

    /** @return observations about the printed criterion (typos, positions, corrections) */
    List<String> getSourceNotes();

    /**
     * The options a member chooses from, by 0-based index: the printed options for choice and conditional
     * criteria; every case's options in printed order, one after the other, for alternatives; "not met" (0
     * points) and "met" (the maximum) for binary criteria; none for composites (their sub-criteria are
     * chosen instead).
     *
     * @return the scoring options
     */
    @Value.Lazy
    default List<CriterionOption> getScoringOptions() {
        switch (getKind()) {
            case BINARY:
                return List.of(CriterionOption.builder().text(LocalizedText.of("Không đạt", "Not met")).points(0).build(),
                        CriterionOption.builder().text(LocalizedText.of("Đạt", "Met")).points(getMaxPoints()).build());
            case ALTERNATIVES:
                List<CriterionOption> all = new ArrayList<>();
                getAlternatives().forEach(a -> all.addAll(a.getOptions()));
                return List.copyOf(all);
            case COMPOSITE:
                return List.of();
            default:
                return getOptions();
        }
    }

    /**
     * @param scoringOptionIndex an index into {@link #getScoringOptions()}
     * @return for an alternatives criterion, the index of the case the option belongs to; 0 otherwise
     */
    default int caseOf(int scoringOptionIndex) {
        if (getKind() != CriterionKind.ALTERNATIVES) {
            return 0;
        }
        int start = 0;
        for (int i = 0; i < getAlternatives().size(); i++) {
            start += getAlternatives().get(i).getOptions().size();
            if (scoringOptionIndex < start) {
                return i;
            }
        }
        throw new IndexOutOfBoundsException("Criterion " + getCode() + " has no option " + scoringOptionIndex);
    }

    /** @return whether members choose an option of this criterion directly (every kind but composite) */
    default boolean isLeaf() {
        return getKind() != CriterionKind.COMPOSITE;
    }

    /** Rejects shapes that contradict the kind. */
    @Value.Check
    default void checkShape() {
        String where = "criterion " + getCode() + ": ";
        boolean hasOptions = !getOptions().isEmpty();
        boolean hasSubs = !getSubCriteria().isEmpty();
        boolean hasCases = !getAlternatives().isEmpty();
        switch (getKind()) {
            case CHOICE:
            case CONDITIONAL:
                require(hasOptions && !hasSubs && !hasCases, where + "a choice needs options and nothing else");
                break;
            case BINARY:
                require(!hasOptions && !hasSubs && !hasCases, where + "a binary criterion has no options");
                break;
            case ALTERNATIVES:
                require(hasCases && !hasOptions && !hasSubs, where + "an alternatives criterion needs cases only");
                require(getAlternatives().stream().noneMatch(a -> a.getOptions().isEmpty()),
                        where + "every case of an alternatives criterion needs options");
                break;
            case COMPOSITE:
                require(hasSubs && !hasOptions && !hasCases, where + "a composite criterion needs sub-criteria only");
                break;
            default:
                throw new IllegalStateException("unknown kind " + getKind());
        }
        require(getCondition().isPresent() == (getKind() == CriterionKind.CONDITIONAL),
                where + "a condition belongs to conditional criteria, and they need one");
        require(getRequiredCriterion().isEmpty() || getKind() == CriterionKind.CONDITIONAL,
                where + "only a conditional criterion requires another criterion");
        require(getMaxPoints() >= 0, where + "a maximum cannot be negative");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Criterion}. */
    final class Builder extends ImmutableCriterion.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
