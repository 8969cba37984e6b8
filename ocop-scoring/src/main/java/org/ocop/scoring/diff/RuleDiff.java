package org.ocop.scoring.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;

/**
 * Compares one product set's criteria sheet between two rulebooks ({@code docs/rules.md} §1: rulebooks are
 * versioned; e.g. what 26/2026 changed against 148 for fresh produce).
 *
 * <p><b>Matching.</b> Codes differ between rulebooks (148's transcription prints {@code "1.a"}, 26/2026
 * {@code "1.1"}), so criteria (every criterion and sub-criterion, composites included) are paired in three
 * passes, each over what the previous left unmatched:
 * <ol>
 *   <li>by code: the same printed code on both sheets;</li>
 *   <li>by normalised name: Unicode NFD, diacritics removed, {@code đ → d}, lower case, every run of
 *       non-letters and non-digits made one space; names equal, or one a prefix of the other when the shorter
 *       has at least 12 characters (printed names often add a qualifier), and the pairing unique;</li>
 *   <li>by group: a criterion that is the only one left unmatched in its group is paired with the only one
 *       left in the group with the same code and normalised name on the other sheet, when one of the two stands
 *       for a group scored directly ({@code Criterion.isImplicit()}; e.g. 148's "7.a" under "DINH DƯỠNG" and
 *       26/2026's group "7" scored directly);</li>
 *   <li>by similar name: criteria that were renumbered and reworded (148's "3.b" → 26/2026's "3.2", "5.a" →
 *       "5.1") are paired within groups of the same code. Similarity is the Dice coefficient of the sets of
 *       words of the normalised names, {@code 2·|A∩B| / (|A|+|B|)}; a pair needs at least
 *       {@value #SIMILARITY_THRESHOLD}, and pairs are taken best first (ties by printed order), each criterion at
 *       most once. A name that shares fewer than that many words is never paired, so two unrelated criteria
 *       of a group stay one removed and one added.</li>
 * </ol>
 * What stays unmatched is reported as added or removed. A pair is then compared on its maximum
 * (re-weighting), name (when reworded), kind, options (number and points; texts), star gates, group and
 * knock-out.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleDiff {

    /** The least word similarity (Dice coefficient) for the fourth pass, pairing by similar name. */
    public static final double SIMILARITY_THRESHOLD = 0.6;

    private RuleDiff() {}

    /**
     * @param from the old rulebook
     * @param to the new rulebook
     * @param set the product set whose sheets to compare
     * @return the diff of the two sheets
     * @throws IllegalArgumentException if either rulebook has no sheet for the set (totals-only ones included)
     */
    public static SheetDiff compare(Rulebook from, Rulebook to, ProductSet set) {
        Objects.requireNonNull(set, "set");
        CriteriaSheet a = from.sheet(set.sheetNumber()).orElseThrow(() -> new IllegalArgumentException(
                "Rulebook " + from.getId() + " has no criteria sheet " + set.sheetNumber()));
        CriteriaSheet b = to.sheet(set.sheetNumber()).orElseThrow(() -> new IllegalArgumentException(
                "Rulebook " + to.getId() + " has no criteria sheet " + set.sheetNumber()));
        return compare(from.getId(), a, to.getId(), b);
    }

    /**
     * @param fromLabel a label for the old sheet (e.g. its rulebook id)
     * @param from the old sheet
     * @param toLabel a label for the new sheet
     * @param to the new sheet
     * @return the diff
     */
    public static SheetDiff compare(String fromLabel, CriteriaSheet from, String toLabel, CriteriaSheet to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, Node> left = nodes(from);
        Map<String, Node> right = nodes(to);
        Map<String, String> pairs = new LinkedHashMap<>(); // right code -> left code
        Map<String, MatchedBy> how = new HashMap<>();
        Set<String> usedLeft = new HashSet<>();
        for (String code : right.keySet()) {
            if (left.containsKey(code)) {
                pairs.put(code, code);
                how.put(code, MatchedBy.CODE);
                usedLeft.add(code);
            }
        }
        for (Node r : right.values()) {
            if (pairs.containsKey(r.ref.getCode())) {
                continue;
            }
            List<Node> candidates = left.values().stream().filter(l -> !usedLeft.contains(l.ref.getCode()))
                    .filter(l -> sameName(l.name, r.name)).toList();
            if (candidates.size() == 1) {
                Node l = candidates.get(0);
                long rivals = right.values().stream().filter(o -> !pairs.containsKey(o.ref.getCode()) && o != r)
                        .filter(o -> sameName(l.name, o.name)).count();
                if (rivals == 0) {
                    pairs.put(r.ref.getCode(), l.ref.getCode());
                    how.put(r.ref.getCode(), MatchedBy.NAME);
                    usedLeft.add(l.ref.getCode());
                }
            }
        }
        Map<String, List<Node>> leftByGroup = left.values().stream().filter(l -> !usedLeft.contains(l.ref.getCode()))
                .collect(Collectors.groupingBy(l -> l.ref.getGroupCode() + "|" + normalise(l.groupName)));
        Map<String, List<Node>> rightByGroup = right.values().stream().filter(r -> !pairs.containsKey(r.ref.getCode()))
                .collect(Collectors.groupingBy(r -> r.ref.getGroupCode() + "|" + normalise(r.groupName)));
        rightByGroup.forEach((key, rs) -> {
            List<Node> ls = leftByGroup.get(key);
            if (rs.size() == 1 && ls != null && ls.size() == 1
                    && (rs.get(0).criterion.isImplicit() || ls.get(0).criterion.isImplicit())) {
                pairs.put(rs.get(0).ref.getCode(), ls.get(0).ref.getCode());
                how.put(rs.get(0).ref.getCode(), MatchedBy.GROUP);
                usedLeft.add(ls.get(0).ref.getCode());
            }
        });
        pairBySimilarName(left, right, pairs, how, usedLeft);
        List<CriterionDiff> matched = new ArrayList<>();
        List<CriterionRef> added = new ArrayList<>();
        for (Node r : right.values()) {
            String l = pairs.get(r.ref.getCode());
            if (l == null) {
                added.add(r.ref);
            } else {
                matched.add(CriterionDiff.of(left.get(l).ref, r.ref, how.get(r.ref.getCode()), changes(left.get(l), r)));
            }
        }
        List<CriterionRef> removed = left.values().stream().filter(l -> !usedLeft.contains(l.ref.getCode()))
                .map(l -> l.ref).toList();
        return SheetDiff.of(fromLabel, toLabel, to.getNumber(), added, removed, matched);
    }

    /** The fourth pass: see the type's documentation. */
    private static void pairBySimilarName(Map<String, Node> left, Map<String, Node> right, Map<String, String> pairs,
            Map<String, MatchedBy> how, Set<String> usedLeft) {
        List<Node> ls = left.values().stream().filter(l -> !usedLeft.contains(l.ref.getCode())).toList();
        List<Node> rs = right.values().stream().filter(r -> !pairs.containsKey(r.ref.getCode())).toList();
        record Candidate(Node l, Node r, double similarity, int order) {}
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Node r : rs) {
            for (Node l : ls) {
                if (l.ref.getGroupCode().equals(r.ref.getGroupCode())) {
                    double sim = similarity(l.name, r.name);
                    if (sim >= SIMILARITY_THRESHOLD) {
                        candidates.add(new Candidate(l, r, sim, order));
                    }
                }
                order++;
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            if (!usedLeft.contains(c.l.ref.getCode()) && !pairs.containsKey(c.r.ref.getCode())) {
                pairs.put(c.r.ref.getCode(), c.l.ref.getCode());
                how.put(c.r.ref.getCode(), MatchedBy.SIMILAR_NAME);
                usedLeft.add(c.l.ref.getCode());
            }
        }
    }

    /**
     * @param a a normalised name
     * @param b another
     * @return the Dice coefficient of their sets of words, 0 to 1
     */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        x.remove("");
        y.remove("");
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static List<Change> changes(Node a, Node b) {
        List<Change> changes = new ArrayList<>();
        Criterion x = a.criterion;
        Criterion y = b.criterion;
        if (!a.name.equals(b.name)) {
            changes.add(Change.of(ChangeKind.NAME, a.ref.getName(), b.ref.getName()));
        }
        if (x.getMaxPoints() != y.getMaxPoints()) {
            changes.add(Change.of(ChangeKind.MAX_POINTS, String.valueOf(x.getMaxPoints()),
                    String.valueOf(y.getMaxPoints())));
        }
        if (x.getKind() != y.getKind()) {
            changes.add(Change.of(ChangeKind.KIND, x.getKind().name(), y.getKind().name()));
        }
        String px = points(x.getScoringOptions());
        String py = points(y.getScoringOptions());
        if (!px.equals(py)) {
            changes.add(Change.of(ChangeKind.OPTION_POINTS, px, py));
        } else {
            List<Integer> differing = new ArrayList<>();
            for (int i = 0; i < x.getScoringOptions().size(); i++) {
                if (!normalise(x.getScoringOptions().get(i).getText().getVi())
                        .equals(normalise(y.getScoringOptions().get(i).getText().getVi()))) {
                    differing.add(i);
                }
            }
            if (!differing.isEmpty()) {
                changes.add(Change.of(ChangeKind.OPTION_TEXT, "options " + differing, "reworded"));
            }
        }
        String gx = gates(x);
        String gy = gates(y);
        if (!gx.equals(gy)) {
            changes.add(Change.of(ChangeKind.GATES, gx, gy));
        }
        if (!normalise(a.groupName).equals(normalise(b.groupName))) {
            changes.add(Change.of(ChangeKind.GROUP, a.ref.getGroupCode() + " " + a.groupName,
                    b.ref.getGroupCode() + " " + b.groupName));
        }
        String kx = x.getKnockout().map(k -> k.getEffect().name()).orElse("none");
        String ky = y.getKnockout().map(k -> k.getEffect().name()).orElse("none");
        if (!kx.equals(ky)) {
            changes.add(Change.of(ChangeKind.KNOCKOUT, kx, ky));
        }
        return changes;
    }

    private static String points(List<CriterionOption> options) {
        return options.stream().map(o -> o.isPointsKnown() ? String.valueOf(o.getPoints()) : "?")
                .collect(Collectors.joining(", "));
    }

    /** Gates as "option index: rank" plus 148's criterion-level mark. */
    private static String gates(Criterion c) {
        List<String> parts = new ArrayList<>();
        List<CriterionOption> options = c.getScoringOptions();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            options.get(i).getMinStar().ifPresent(s -> parts.add(s.symbol() + " at option " + index));
        }
        c.getMinStar().ifPresent(s -> parts.add(s.symbol() + " on the criterion"));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static boolean sameName(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 12 && longer.startsWith(shorter);
    }

    /**
     * @param name a printed name
     * @return the name normalised for matching (see the type's documentation)
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Map<String, Node> nodes(CriteriaSheet sheet) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (SheetPart part : sheet.getParts()) {
            for (CriterionGroup group : part.getGroups()) {
                for (Criterion c : group.getCriteria()) {
                    add(nodes, group, c);
                }
            }
        }
        return nodes;
    }

    private static void add(Map<String, Node> nodes, CriterionGroup group, Criterion c) {
        nodes.put(c.getCode(), new Node(c, CriterionRef.of(c.getCode(), group.getCode(), c.getName().getVi(),
                c.getMaxPoints()), normalise(c.getName().getVi()), group.getName().getVi()));
        c.getSubCriteria().forEach(s -> add(nodes, group, s));
    }

    private static final class Node {
        final Criterion criterion;
        final CriterionRef ref;
        final String name;
        final String groupName;

        Node(Criterion criterion, CriterionRef ref, String name, String groupName) {
            this.criterion = criterion;
            this.ref = ref;
            this.name = name;
            this.groupName = groupName;
        }
    }
}
