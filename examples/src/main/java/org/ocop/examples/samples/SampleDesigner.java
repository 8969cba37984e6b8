package org.ocop.examples.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;

/**
 * Fills a plausible member sheet for an illustrative sample: every star gate up to the aimed rank is met
 * (option order, {@code docs/rules.md} §3.5), then options are raised one step at a time, in an order that
 * differs per member, until the member's total reaches its target. Deterministic: the same design gives the
 * same choices, so the bundled JSON can be regenerated and compared.
 *
 * <p>This only <em>produces</em> samples; whether they reach the intended rank is checked by scoring them
 * with the real engine (see the examples' tests).
 */
public final class SampleDesigner {

    /** Offsets of each member's total from the design's target, so councils disagree a little (spread ≤ 7). */
    private static final int[] OFFSETS = {0, 2, -2, 3, -1, 1, -3};

    private SampleDesigner() {}

    /**
     * How to fill a sheet.
     *
     * @param gatesUpTo every gate up to this rank is met (unless capped)
     * @param targetTotal the total aimed at by the first member; the others differ by a few points
     * @param seed varies the order in which options are raised
     * @param hasStory whether the product has a story (conditional criterion 5.2 is scored only then)
     * @param caps criterion code → the highest option index any member may choose (to leave a gate failed)
     */
    public record Design(StarRating gatesUpTo, int targetTotal, long seed, boolean hasStory, Map<String, Integer> caps) {

        /** Copies the caps. */
        public Design {
            caps = Map.copyOf(caps);
        }

        /**
         * @param gatesUpTo every gate up to this rank is met
         * @param targetTotal the total aimed at
         * @param seed varies the raising order
         * @return a design with a product story and no caps
         */
        public static Design of(StarRating gatesUpTo, int targetTotal, long seed) {
            return new Design(gatesUpTo, targetTotal, seed, true, Map.of());
        }

        /**
         * @param code a criterion code
         * @param maxOption the highest option index members may choose
         * @return this design with one more cap
         */
        public Design cap(String code, int maxOption) {
            Map<String, Integer> more = new LinkedHashMap<>(caps);
            more.put(code, maxOption);
            return new Design(gatesUpTo, targetTotal, seed, hasStory, more);
        }

        /** @return this design for a product without a story */
        public Design withoutStory() {
            return new Design(gatesUpTo, targetTotal, seed, false, caps);
        }
    }

    /**
     * @param sheet the sheet to fill
     * @param memberId the member's id
     * @param memberIndex the member's position in the council (varies the target and the order)
     * @param design how to fill it
     * @return the member's choices
     */
    public static MemberScores fill(CriteriaSheet sheet, String memberId, int memberIndex, Design design) {
        int target = design.targetTotal() + OFFSETS[memberIndex % OFFSETS.length];
        Map<String, Integer> choice = new LinkedHashMap<>();
        List<Criterion> leaves = new ArrayList<>();
        int total = 0;
        for (Criterion c : sheet.getLeafCriteria()) {
            if (c.getKind() == CriterionKind.CONDITIONAL && !design.hasStory()) {
                continue;
            }
            int index = Math.min(gated(c, design.gatesUpTo()), cap(c, design));
            choice.put(c.getCode(), index);
            total += points(c, index);
            leaves.add(c);
        }
        List<Criterion> order = new ArrayList<>(leaves);
        Collections.shuffle(order, new Random(design.seed() * 31 + memberIndex));
        boolean raised = true;
        while (total < target && raised) {
            raised = false;
            for (Criterion c : order) {
                int now = choice.get(c.getCode());
                int next = now + 1;
                if (total >= target || next > cap(c, design) || next >= c.getScoringOptions().size()
                        || c.caseOf(next) != c.caseOf(now)) {
                    continue;
                }
                int gain = points(c, next) - points(c, now);
                if (gain > 0 && total + gain <= target + 1) {
                    choice.put(c.getCode(), next);
                    total += gain;
                    raised = true;
                }
            }
        }
        return MemberScores.of(memberId, choice);
    }

    private static int gated(Criterion c, StarRating upTo) {
        List<CriterionOption> options = c.getScoringOptions();
        int index = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getMinStar().map(s -> s.compareTo(upTo) <= 0).orElse(false)) {
                index = Math.max(index, i);
            }
        }
        return index;
    }

    private static int cap(Criterion c, Design design) {
        return design.caps().getOrDefault(c.getCode(), Integer.MAX_VALUE);
    }

    private static int points(Criterion c, int index) {
        return c.getScoringOptions().get(index).getPoints();
    }
}
