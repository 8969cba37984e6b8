package org.ocop.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ocop.core.StarRating;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.SheetPart;

/**
 * A criteria sheet compiled once into int arrays for the hot path (bulk rescoring): leaf criteria in printed
 * order, each scoring option's points and its position for gate comparisons, the part and group of every
 * leaf, the star gates and the leaf ranges that knock-outs cover. Cached per sheet instance (identity), so
 * scoring many evaluations on one sheet walks no maps per criterion. Immutable after construction. Whether
 * an evaluation fits the sheet is decided by {@link FitCheck}, on this compiled form.
 */
final class CompiledSheet {

    private static final IdentityCache<CriteriaSheet, CompiledSheet> CACHE = new IdentityCache<>(512,
            CompiledSheet::new);

    /** A star gate: leaf index, rank, gated option index. */
    record Gate(int leaf, StarRating star, int option) {}

    /** A leaf range [from, to) with the knock-out effect printed on it (null when none is printed). */
    record Range(int from, int to, KnockoutEffect effect) {}

    final CriteriaSheet sheet;
    final int leafCount;
    final String[] codes;
    final Criterion[] leaves;
    /** points[leaf][option]. */
    final int[][] points;
    /** known[leaf][option]: whether the source gives the option's points. */
    final boolean[][] known;
    /**
     * pos[leaf][option]: the option's position for "at or above" comparisons: its index for ordinary criteria,
     * its position within its case for alternatives (⚖, see {@link ScoringEngine}).
     */
    final int[][] pos;
    final boolean[] conditional;
    /**
     * requires[leaf]: the leaf whose first option means the leaf's condition does not hold ({@link
     * Criterion#getRequiredCriterion()}), or -1.
     */
    final int[] requires;
    final int[] partOf;
    final int[] groupOf;
    final PartCode[] partCodes;
    final String[] groupCodes;
    final Gate[] gates;
    /** gatesOfLeaf[leaf]: indexes into {@link #gates} of the gates on that leaf (empty for most leaves). */
    final int[][] gatesOfLeaf;
    /** Knock-out ranges by criterion or group code. */
    final Map<String, Range> ranges;
    /** Criteria carrying 148's criterion-level star mark, whose meaning is unknown. */
    final List<String> criterionLevelStars;
    /** The number of leaves every member must choose (all but conditional ones). */
    final int requiredLeaves;
    /**
     * reach[leaf][option]: the gates (bit = gate index) that choosing the option reaches, for the lean count;
     * null when the sheet has more than 64 gates (then {@link #gatesOfLeaf} is walked).
     */
    final long[][] reach;
    /** Conditional leaves whose condition is stated as data ({@link #requires} set), checked after reading. */
    final int[] conditionedLeaves;
    /**
     * Open-addressing table from criterion code to leaf index ({@link #leafOf}), built once: keys by slot
     * ({@code null} when free), values by slot; Fibonacci hashing of {@link String#hashCode()} (cached by the
     * string), linear probing, at most half full.
     */
    private final String[] slotCodes;
    private final int[] slotLeaves;
    private final int slotShift;

    private CompiledSheet(CriteriaSheet sheet) {
        this.sheet = sheet;
        List<Criterion> leafList = sheet.getLeafCriteria();
        leafCount = leafList.size();
        codes = new String[leafCount];
        leaves = new Criterion[leafCount];
        points = new int[leafCount][];
        known = new boolean[leafCount][];
        pos = new int[leafCount][];
        conditional = new boolean[leafCount];
        partOf = new int[leafCount];
        groupOf = new int[leafCount];
        partCodes = new PartCode[sheet.getParts().size()];
        Map<String, Integer> index = new HashMap<>();
        Map<String, Range> rangeMap = new HashMap<>();
        List<String> stars = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int[] next = {0};
        for (int p = 0; p < partCodes.length; p++) {
            SheetPart part = sheet.getParts().get(p);
            partCodes[p] = part.getCode();
            for (CriterionGroup group : part.getGroups()) {
                int g = groups.size();
                groups.add(group.getCode());
                int from = next[0];
                for (Criterion c : group.getCriteria()) {
                    add(c, p, g, next, index, rangeMap, stars);
                }
                KnockoutEffect groupEffect = group.getKnockout().map(k -> k.getEffect()).orElse(null);
                Range own = rangeMap.get(group.getCode());
                // a group scored directly shares its code with its implicit criterion: keep the printed effect
                if (own == null || (own.effect() == null && groupEffect != null)) {
                    rangeMap.put(group.getCode(), new Range(from, next[0], groupEffect));
                }
            }
        }
        groupCodes = groups.toArray(String[]::new);
        requires = new int[leafCount];
        for (int l = 0; l < leafCount; l++) {
            requires[l] = leaves[l].getRequiredCriterion().map(index::get).orElse(-1);
        }
        ranges = Collections.unmodifiableMap(rangeMap);
        criterionLevelStars = List.copyOf(stars);
        List<Gate> gateList = new ArrayList<>();
        for (int l = 0; l < leafCount; l++) {
            List<CriterionOption> options = leaves[l].getScoringOptions();
            for (int o = 0; o < options.size(); o++) {
                int leaf = l;
                int option = o;
                options.get(o).getMinStar().ifPresent(s -> gateList.add(new Gate(leaf, s, option)));
            }
        }
        gates = gateList.toArray(Gate[]::new);
        int[] perLeaf = new int[leafCount];
        for (Gate g : gates) {
            perLeaf[g.leaf()]++;
        }
        gatesOfLeaf = new int[leafCount][];
        for (int l = 0; l < leafCount; l++) {
            gatesOfLeaf[l] = new int[perLeaf[l]];
            perLeaf[l] = 0;
        }
        for (int i = 0; i < gates.length; i++) {
            int l = gates[i].leaf();
            gatesOfLeaf[l][perLeaf[l]++] = i;
        }
        int required = 0;
        for (boolean c : conditional) {
            required += c ? 0 : 1;
        }
        requiredLeaves = required;
        if (gates.length <= Long.SIZE) {
            reach = new long[leafCount][];
            for (int l = 0; l < leafCount; l++) {
                reach[l] = new long[points[l].length];
                for (int o = 0; o < points[l].length; o++) {
                    for (int g : gatesOfLeaf[l]) {
                        if (atOrAbove(l, o, gates[g].option())) {
                            reach[l][o] |= 1L << g;
                        }
                    }
                }
            }
        } else {
            reach = null;
        }
        int conditioned = 0;
        for (int l = 0; l < leafCount; l++) {
            conditioned += requires[l] >= 0 ? 1 : 0;
        }
        conditionedLeaves = new int[conditioned];
        for (int l = 0, i = 0; l < leafCount; l++) {
            if (requires[l] >= 0) {
                conditionedLeaves[i++] = l;
            }
        }
        int bits = 1;
        while ((1 << bits) < 2 * Math.max(1, leafCount)) {
            bits++;
        }
        slotShift = 32 - bits;
        slotCodes = new String[1 << bits];
        slotLeaves = new int[1 << bits];
        for (int l = 0; l < leafCount; l++) {
            int slot = slot(codes[l]);
            while (slotCodes[slot] != null) {
                slot = (slot + 1) & (slotCodes.length - 1);
            }
            slotCodes[slot] = codes[l];
            slotLeaves[slot] = l;
        }
    }

    private int slot(String code) {
        return (code.hashCode() * 0x9E3779B9) >>> slotShift;
    }

    /**
     * The leaf index of a criterion code, without boxing or allocation: the code at {@code expected} is
     * tried first by identity (choices are usually given in printed order with the sheet's own strings),
     * then the hash table, by identity and then by value.
     *
     * @param code a criterion code
     * @param expected the leaf index to try first (any value)
     * @return the leaf index, or -1 when the code is not a leaf criterion of the sheet
     */
    int leafOf(String code, int expected) {
        if (expected >= 0 && expected < leafCount && codes[expected] == code) {
            return expected;
        }
        int mask = slotCodes.length - 1;
        for (int slot = slot(code); ; slot = (slot + 1) & mask) {
            String k = slotCodes[slot];
            if (k == null) {
                return -1;
            }
            if (k == code || k.equals(code)) {
                return slotLeaves[slot];
            }
        }
    }

    /**
     * @param code a criterion or group code
     * @return the leaf range it covers, or null when the code names no criterion or group of the sheet
     */
    Range range(String code) {
        return ranges.get(code);
    }

    private void add(Criterion c, int part, int group, int[] next, Map<String, Integer> index,
            Map<String, Range> rangeMap, List<String> stars) {
        int from = next[0];
        c.getMinStar().ifPresent(s -> stars.add(c.getCode() + " (" + s.symbol() + ")"));
        if (c.getKind() == CriterionKind.COMPOSITE) {
            for (Criterion sub : c.getSubCriteria()) {
                add(sub, part, group, next, index, rangeMap, stars);
            }
        } else {
            int l = next[0]++;
            codes[l] = c.getCode();
            leaves[l] = c;
            index.put(c.getCode(), l);
            List<CriterionOption> options = c.getScoringOptions();
            points[l] = new int[options.size()];
            known[l] = new boolean[options.size()];
            pos[l] = new int[options.size()];
            for (int o = 0; o < options.size(); o++) {
                points[l][o] = options.get(o).getPoints();
                known[l][o] = options.get(o).isPointsKnown();
                pos[l][o] = o;
            }
            if (c.getKind() == CriterionKind.ALTERNATIVES) {
                int o = 0;
                for (Alternative a : c.getAlternatives()) {
                    for (int i = 0; i < a.getOptions().size(); i++) {
                        pos[l][o++] = i;
                    }
                }
            }
            conditional[l] = c.getKind() == CriterionKind.CONDITIONAL;
            partOf[l] = part;
            groupOf[l] = group;
        }
        rangeMap.put(c.getCode(), new Range(from, next[0], c.getKnockout().map(k -> k.getEffect()).orElse(null)));
    }

    /**
     * @param sheet a sheet
     * @return its compiled form, from the identity cache when this instance was compiled before
     */
    static CompiledSheet of(CriteriaSheet sheet) {
        return CACHE.get(sheet);
    }

    /**
     * @param leaf a leaf index
     * @param choices a member's choices
     * @return whether the leaf's condition, when stated as data, holds for those choices: the required
     *     criterion is chosen above its first option
     */
    boolean conditionHolds(int leaf, Map<String, Integer> choices) {
        int required = requires[leaf];
        if (required < 0) {
            return true;
        }
        Integer chosen = choices.get(codes[required]);
        return chosen != null && chosen > 0;
    }

    /**
     * @param leaf a leaf index
     * @param choice a chosen option, or -1 for none (absent conditional, zeroed criterion)
     * @param gated the gated option
     * @return whether the choice is at or above the gated option by option order
     */
    boolean atOrAbove(int leaf, int choice, int gated) {
        return choice >= 0 && pos[leaf][choice] >= pos[leaf][gated];
    }

    /**
     * @param leaf a leaf index
     * @param choice a chosen option, or -1 for none
     * @return the points scored
     */
    int pointsOf(int leaf, int choice) {
        return choice < 0 ? 0 : points[leaf][choice];
    }
}
