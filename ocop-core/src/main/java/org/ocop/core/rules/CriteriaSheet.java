package org.ocop.core.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;

/**
 * A criteria sheet (<i>Bộ tiêu chí đánh giá sản phẩm OCOP (kiêm phiếu đánh giá)</i>) of one product set:
 * Decision 26/2026/QĐ-TTg Annex II has 26, one per {@link ProductSet}.
 *
 * <p>A sheet is the tree part → group → criterion → (sub-criterion) → option. When built it checks its
 * own arithmetic (docs/rules.md §3.1): the parts add up to the sheet maximum, each part to its
 * groups, each group to its criteria, each composite to its sub-criteria, and each leaf's maximum equals
 * its best option (every case's best option for alternatives). A sheet that does not add up is refused
 * with a {@link SheetArithmeticException} naming the node, unless it is explicitly {@linkplain
 * #getIncompleteReason() marked incomplete} (only transcribed rulebooks ship such sheets). Criterion codes
 * must be unique in every case (a duplicate is also a {@link SheetArithmeticException}, naming its second
 * occurrence), and a condition stated as data ({@link Criterion#getRequiredCriterion()}) must name another
 * leaf criterion of the sheet.
 */
@Value.Immutable
public interface CriteriaSheet {

    /** @return the sheet number, 1 to 26 (Annex II order) */
    @Min(1)
    @Max(26)
    int getNumber();

    /** @return the product set this sheet scores */
    default ProductSet getProductSet() {
        return ProductSet.ofSheet(getNumber());
    }

    /** @return the sheet name and an English rendering */
    @Valid
    LocalizedText getName();

    /** @return the printed total (<i>tổng cộng</i>), 100 */
    @Value.Default
    default int getMaxPoints() {
        return 100;
    }

    /** @return the parts A, B, C in printed order */
    List<@Valid SheetPart> getParts();

    /** @return sheet-level rejection paragraphs as printed ("Hồ sơ bị loại khi: …") */
    List<String> getDisqualifiers();

    /** @return other printed sheet notes (e.g. the star-mark note) */
    List<String> getNotes();

    /** @return observations about the printed sheet */
    List<String> getSourceNotes();

    /**
     * @return why this sheet cannot be trusted for certified scoring, when it fails its own checks (only
     *     in transcribed rulebooks); empty for a complete sheet
     */
    Optional<String> getIncompleteReason();

    /** @return whether the sheet passed every arithmetic check */
    default boolean isComplete() {
        return getIncompleteReason().isEmpty();
    }

    /**
     * Every criterion and sub-criterion by code, in printed order (composites before their parts).
     *
     * @return an unmodifiable map
     */
    @Value.Lazy
    default Map<String, Criterion> getCriteriaByCode() {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        for (SheetPart part : getParts()) {
            for (CriterionGroup group : part.getGroups()) {
                String groupNode = "sheet " + getNumber() + " / part " + part.getCode() + " / group " + group.getCode();
                for (Criterion c : group.getCriteria()) {
                    index(byCode, c, groupNode + " / criterion " + c.getCode());
                }
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static void index(Map<String, Criterion> byCode, Criterion c, String node) {
        if (byCode.put(c.getCode(), c) != null) {
            throw new SheetArithmeticException(node, "criterion code " + c.getCode() + " appears twice on the sheet");
        }
        c.getSubCriteria().forEach(s -> index(byCode, s, node + " / sub-criterion " + s.getCode()));
    }

    /**
     * The criteria a member chooses an option for (every criterion but composites, whose sub-criteria are
     * listed instead), in printed order.
     *
     * @return the leaf criteria
     */
    @Value.Lazy
    default List<Criterion> getLeafCriteria() {
        List<Criterion> leaves = new ArrayList<>();
        for (Criterion c : getCriteriaByCode().values()) {
            if (c.isLeaf()) {
                leaves.add(c);
            }
        }
        return List.copyOf(leaves);
    }

    /**
     * @param code a criterion or sub-criterion code as printed
     * @return the criterion, if the sheet has it
     */
    default Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(getCriteriaByCode().get(code));
    }

    /**
     * @param code a part code
     * @return the part
     * @throws IllegalArgumentException if the sheet has no such part
     */
    default SheetPart part(PartCode code) {
        return getParts().stream().filter(p -> p.getCode() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sheet " + getNumber() + " has no part " + code));
    }

    /** Checks the sheet's arithmetic and codes; see the type's documentation. */
    @Value.Check
    default void check() {
        Map<String, Criterion> byCode = getCriteriaByCode(); // unique codes, always
        for (Criterion c : byCode.values()) {
            c.getRequiredCriterion().ifPresent(code -> {
                Criterion required = byCode.get(code);
                if (required == null || !required.isLeaf() || required == c) {
                    throw new SheetArithmeticException("sheet " + getNumber() + " / criterion " + c.getCode(),
                            "its condition names criterion " + code + ", which is no other leaf criterion of the sheet");
                }
            });
        }
        if (getIncompleteReason().isPresent()) {
            return;
        }
        String sheet = "sheet " + getNumber();
        int partSum = 0;
        for (SheetPart part : getParts()) {
            String partNode = sheet + " / part " + part.getCode();
            int groupSum = 0;
            for (CriterionGroup group : part.getGroups()) {
                String groupNode = partNode + " / group " + group.getCode();
                int criteriaSum = 0;
                for (Criterion c : group.getCriteria()) {
                    checkCriterion(groupNode + " / criterion " + c.getCode(), c);
                    criteriaSum += c.getMaxPoints();
                }
                expect(groupNode, "maximum", group.getMaxPoints(), "sum of its criteria", criteriaSum);
                groupSum += group.getMaxPoints();
            }
            expect(partNode, "maximum", part.getMaxPoints(), "sum of its groups", groupSum);
            partSum += part.getMaxPoints();
        }
        expect(sheet, "maximum", getMaxPoints(), "sum of its parts", partSum);
    }

    private static void checkCriterion(String node, Criterion c) {
        switch (c.getKind()) {
            case COMPOSITE:
                int sum = 0;
                for (Criterion sub : c.getSubCriteria()) {
                    checkCriterion(node + " / sub-criterion " + sub.getCode(), sub);
                    sum += sub.getMaxPoints();
                }
                expect(node, "maximum", c.getMaxPoints(), "sum of its sub-criteria", sum);
                break;
            case ALTERNATIVES:
                for (int i = 0; i < c.getAlternatives().size(); i++) {
                    expect(node + " / case " + (i + 1), "criterion maximum", c.getMaxPoints(), "best option",
                            best(node + " / case " + (i + 1), c.getAlternatives().get(i).getOptions()));
                }
                break;
            case BINARY:
                if (c.getMaxPoints() <= 0) {
                    throw new SheetArithmeticException(node, "a binary criterion needs a positive maximum");
                }
                break;
            default:
                expect(node, "maximum", c.getMaxPoints(), "best option", best(node, c.getOptions()));
        }
    }

    private static int best(String node, List<CriterionOption> options) {
        int best = Integer.MIN_VALUE;
        for (int i = 0; i < options.size(); i++) {
            CriterionOption o = options.get(i);
            if (!o.isPointsKnown()) {
                throw new SheetArithmeticException(node + " / option " + i, "points unreadable (printed '"
                        + o.getPrinted().orElse("") + "')");
            }
            best = Math.max(best, o.getPoints());
        }
        return best;
    }

    private static void expect(String node, String what, int value, String against, int expected) {
        if (value != expected) {
            throw new SheetArithmeticException(node, what + " " + value + " != " + against + " " + expected);
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriteriaSheet}. */
    final class Builder extends ImmutableCriteriaSheet.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
