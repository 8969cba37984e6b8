package org.ocop.test.recount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated conformance cases: each a hand-chosen situation (the lead sentence of its {@code why}) whose
 * choices are built here and whose expectation and arithmetic come from the independent {@link Recount}.
 * {@code CaseGeneratorTest} checks the committed files equal this output and, with
 * {@code -Docop.generateCases=true}, writes them.
 */
final class CaseGenerator {

    static final String QD26 = "QD-26-2026";
    static final String QD148 = "QD-148-2023";
    /** Council sizes the cases cycle through. */
    static final int[] SIZES = {1, 3, 5, 6, 7, 9};
    /** 148's complete sheets (3, 17 and 18 complete since their transcription errors were corrected). */
    static final int[] COMPLETE_148 = {1, 2, 4, 5, 6, 8, 9, 10, 14, 15, 16, 19, 20, 21, 22, 23, 24, 25, 26, 3, 17, 18};
    /** A submission and decision under 148, before Decision 1489 (6 July 2025). */
    static final LocalDate SUBMITTED_148 = LocalDate.of(2025, 3, 3);
    static final LocalDate DECIDED_148 = LocalDate.of(2025, 4, 15);

    private CaseGenerator() {}

    static List<CaseWriter> cases() {
        List<CaseWriter> out = new ArrayList<>();
        perSheet26(out);
        bandEdges(out);
        gates(out);
        knockouts(out);
        tourism(out);
        corrections(out);
        transition(out);
        perSheet148(out);
        return out;
    }

    // ---------------------------------------------------------------- choice builders

    static Map<String, Integer> best(Recount.Sheet s) {
        Map<String, Integer> m = new LinkedHashMap<>();
        s.leaves.forEach(l -> m.put(l.code, l.best()));
        return m;
    }

    static Map<String, Integer> with(Map<String, Integer> base, String code, Integer option) {
        Map<String, Integer> m = new LinkedHashMap<>(base);
        if (option == null) {
            m.remove(code);
        } else {
            m.put(code, option);
        }
        return m;
    }

    /**
     * Lowers options from the best, last criteria first, until the total is reached, never below a gate of
     * {@code keepStar} stars or less and never touching {@code fixed} criteria, conditional or alternatives
     * criteria; a criterion another one requires (5.1, required by 5.2) stays above its first option, so that
     * the conditional criterion chosen at its best still applies.
     */
    static Map<String, Integer> total(Recount.Sheet s, int target, int keepStar, Set<String> fixed) {
        Map<String, Integer> m = best(s);
        int remaining = s.max() - target;
        Set<String> required = new java.util.HashSet<>();
        s.leaves.forEach(l -> {
            if (!l.required.isEmpty()) {
                required.add(l.required);
            }
        });
        for (int i = s.leaves.size() - 1; i >= 0 && remaining > 0; i--) {
            Recount.Leaf l = s.leaves.get(i);
            if (fixed.contains(l.code) || l.kind.equals("CONDITIONAL") || l.kind.equals("ALTERNATIVES")) {
                continue;
            }
            int min = required.contains(l.code) ? 1 : 0;
            for (int st = 3; st <= keepStar; st++) {
                min = Math.max(min, l.gate(st));
            }
            int pick = l.best();
            for (int o = min; o <= l.best(); o++) {
                int cut = l.max() - l.points[o];
                if (cut <= remaining && cut > l.max() - l.points[pick]) {
                    pick = o;
                }
            }
            remaining -= l.max() - l.points[pick];
            m.put(l.code, pick);
        }
        if (remaining != 0) {
            throw new IllegalStateException("sheet " + s.number + ": cannot reach " + target + " keeping " + keepStar + "★ gates");
        }
        return m;
    }

    static Map<String, Integer> total(Recount.Sheet s, int target, int keepStar) {
        return total(s, target, keepStar, Set.of());
    }

    /** @return the first leaf with a gate of that star above option 0 */
    static Recount.Leaf gatedLeaf(Recount.Sheet s, int star) {
        return s.leaves.stream().filter(l -> l.gate(star) > 0 && !l.kind.equals("ALTERNATIVES")).findFirst()
                .orElseThrow(() -> new IllegalStateException("sheet " + s.number + " has no " + star + "★ gate above option 0"));
    }

    static Recount.Sheet sheet(String rulebook, int n) {
        return Recount.of(rulebook).sheet(n);
    }

    /** Members whose totals are given, built by {@link #total}. */
    static CaseWriter totals(CaseWriter c, int keepStar, int... totals) {
        Recount.Sheet s = sheet(c.rulebook, c.sheet);
        for (int t : totals) {
            c.member(total(s, t, keepStar));
        }
        return c;
    }

    // ---------------------------------------------------------------- the cases

    private static void perSheet26(List<CaseWriter> out) {
        for (int n = 1; n <= 26; n++) {
            Recount.Sheet s = sheet(QD26, n);
            int size = SIZES[(n - 1) % SIZES.length];
            switch ((n - 1) % 4) {
                case 0 -> {
                    CaseWriter c = new CaseWriter("sheet-" + n + "-average-exactly-70-" + size + "-members", QD26, n,
                            "Every sheet: sheet " + n + ", a council of " + size + " whose totals average exactly 70, the "
                                    + "lower edge of the 4★ band, with every 3★ and 4★ gate reached.");
                    int[] t = new int[size];
                    for (int i = 0; i < size; i++) {
                        t[i] = size % 2 == 1 && i == size - 1 ? 70 : (i % 2 == 0 ? 71 : 69);
                    }
                    out.add(totals(c, 4, t));
                }
                case 1 -> {
                    CaseWriter c = new CaseWriter("sheet-" + n + "-just-below-90-" + size + "-members", QD26, n,
                            "Every sheet: sheet " + n + ", a council of " + size + " one point short of averaging 90 in "
                                    + "total (the 5★ band's edge), every gate reached.");
                    int[] t = new int[size];
                    for (int i = 0; i < size; i++) {
                        t[i] = i == size - 1 ? 89 : 90;
                    }
                    out.add(totals(c, 5, t));
                }
                case 2 -> {
                    Recount.Leaf g = gatedLeaf(s, 5);
                    int below = size / 2;
                    CaseWriter c = new CaseWriter("sheet-" + n + "-five-star-gate-" + (size - below) + "-of-" + size, QD26,
                            n, "Every sheet: sheet " + n + ", best sheets, but " + below + " of " + size + " members put "
                                    + g.code + " one option below its 5★ gate (option " + g.gate(5) + "), so "
                                    + (size - below) + " of " + size + " reach it.");
                    Map<String, Integer> low = with(best(s), g.code, g.gate(5) - 1);
                    c.members(size - below, best(s)).members(below, low);
                    out.add(c);
                }
                default -> {
                    CaseWriter c = new CaseWriter("sheet-" + n + "-average-exactly-50-" + size + "-members", QD26, n,
                            "Every sheet: sheet " + n + ", a council of " + size + " averaging exactly 50, the lower "
                                    + "edge of the 3★ band, with every 3★ gate reached.");
                    int[] t = new int[size];
                    for (int i = 0; i < size; i++) {
                        t[i] = size % 2 == 1 && i == size - 1 ? 50 : (i % 2 == 0 ? 52 : 48);
                    }
                    out.add(totals(c, 3, t));
                }
            }
        }
    }

    private static void bandEdges(List<CaseWriter> out) {
        out.add(totals(new CaseWriter("band-49.86-sevenths", QD26, 2,
                "Band edge from sevenths: six members at 50 and one at 49 average 349/7 = 49.857…, just below 50."), 3,
                50, 50, 50, 50, 50, 50, 49));
        out.add(totals(new CaseWriter("band-49.89-ninths", QD26, 3,
                "Band edge from ninths: eight members at 50 and one at 49 average 449/9 = 49.888…, just below 50."), 3,
                50, 50, 50, 50, 50, 50, 50, 50, 49));
        out.add(totals(new CaseWriter("band-69.86-sevenths", QD26, 5,
                "Band edge from sevenths: 489/7 = 69.857…, just below 70."), 4, 70, 70, 70, 70, 70, 70, 69));
        out.add(totals(new CaseWriter("band-69.89-ninths", QD26, 6,
                "Band edge from ninths: 629/9 = 69.888…, just below 70."), 4, 70, 70, 70, 70, 70, 70, 70, 70, 69));
        out.add(totals(new CaseWriter("band-89.86-sevenths", QD26, 9,
                "Band edge from sevenths: 629/7 = 89.857…, just below 90."), 5, 90, 90, 90, 90, 90, 90, 89));
        out.add(totals(new CaseWriter("band-89.89-ninths", QD26, 10,
                "Band edge from ninths: 809/9 = 89.888…, just below 90."), 5, 90, 90, 90, 90, 90, 90, 90, 90, 89));
        out.add(totals(new CaseWriter("band-90-six-members-spread", QD26, 12,
                "The average, not the median or the lowest total, decides: six members from 88 to 92 average exactly 90."),
                5, 88, 89, 90, 90, 91, 92));
        out.add(totals(new CaseWriter("band-50-nine-members-spread", QD26, 14,
                "Nine members from 46 to 54 average exactly 50."), 3, 46, 47, 48, 49, 50, 51, 52, 53, 54));
        out.add(totals(new CaseWriter("band-70-five-members-spread", QD26, 20,
                "Five members from 68 to 72 average exactly 70."), 4, 68, 69, 70, 71, 72));
        out.add(totals(new CaseWriter("band-29.86-sevenths", QD26, 21,
                "Band edge from sevenths: 209/7 = 29.857…, just below 30 (the 2★ band's edge)."), 2,
                30, 30, 30, 30, 30, 30, 29));
    }

    private static void gates(List<CaseWriter> out) {
        Recount.Sheet s1 = sheet(QD26, 1);
        Recount.Leaf g1 = gatedLeaf(s1, 5);
        out.add(new CaseWriter("gate-majority-3-of-5", QD26, 1, "Strict majority: 3 of 5 members reach the 5★ gate of "
                + g1.code + ", so it is met.").members(3, best(s1)).members(2, with(best(s1), g1.code, g1.gate(5) - 1)));
        Recount.Sheet s8 = sheet(QD26, 8);
        Recount.Leaf g8 = gatedLeaf(s8, 5);
        out.add(new CaseWriter("gate-majority-4-of-7", QD26, 8, "Strict majority: 4 of 7 members reach the 5★ gate of "
                + g8.code + ".").members(4, best(s8)).members(3, with(best(s8), g8.code, g8.gate(5) - 1)));
        Recount.Sheet s15 = sheet(QD26, 15);
        Recount.Leaf g15 = gatedLeaf(s15, 5);
        out.add(new CaseWriter("gate-majority-5-of-9", QD26, 15, "Strict majority: 5 of 9 members reach the 5★ gate of "
                + g15.code + ".").members(5, best(s15)).members(4, with(best(s15), g15.code, g15.gate(5) - 1)));
        Recount.Sheet s17 = sheet(QD26, 17);
        Recount.Leaf g17 = gatedLeaf(s17, 5);
        out.add(new CaseWriter("gate-half-3-of-6-fails", QD26, 17, "Exactly half is no strict majority: 3 of 6 members "
                + "reach the 5★ gate of " + g17.code + ", so it fails.").members(3, best(s17))
                .members(3, with(best(s17), g17.code, g17.gate(5) - 1)));
        Recount.Sheet s9 = sheet(QD26, 9);
        Recount.Leaf g9 = gatedLeaf(s9, 5);
        out.add(new CaseWriter("gate-all-members-8-of-9-fails", QD26, 9, "Policy ALL_MEMBERS (a province's stricter "
                + "rule): 8 of 9 members reach the 5★ gate of " + g9.code + ", which is not all.").policy("gates", "ALL_MEMBERS")
                .members(8, best(s9)).member(with(best(s9), g9.code, g9.gate(5) - 1)));
        Recount.Leaf t1 = gatedLeaf(s1, 3);
        out.add(new CaseWriter("gate-cumulative-three-star-caps-at-2", QD26, 1, "Gates are cumulative and the lowest "
                + "failed gate rules: " + t1.code + " below its 3★ gate caps a near-perfect sheet at 2★.")
                .member(with(best(s1), t1.code, t1.gate(3) - 1)));
        Recount.Sheet s3 = sheet(QD26, 3);
        Recount.Leaf f3 = gatedLeaf(s3, 4);
        out.add(new CaseWriter("gate-cumulative-four-star-caps-at-3", QD26, 3, "A failed 4★ gate (" + f3.code
                + " one option below it) caps a 5★ band at 3★.").members(3, with(best(s3), f3.code, f3.gate(4) - 1)));
        Recount.Sheet s4 = sheet(QD26, 4);
        Recount.Leaf a4 = gatedLeaf(s4, 3);
        Recount.Leaf b4 = s4.leaves.stream().filter(l -> l.gate(5) > 0 && !l.code.equals(a4.code)).findFirst().orElseThrow();
        out.add(new CaseWriter("gate-three-and-five-star-fail", QD26, 4, "Two gates fail, " + a4.code + " (3★) and "
                + b4.code + " (5★): the lowest decides, 2★.").member(with(with(best(s4), a4.code, a4.gate(3) - 1), b4.code,
                        b4.gate(5) - 1)));
        Recount.Sheet s13 = sheet(QD26, 13);
        Recount.Leaf g13 = gatedLeaf(s13, 5);
        Map<String, Integer> m13 = with(total(s13, 60, 4, Set.of(g13.code)), g13.code, g13.gate(5) - 1);
        out.add(new CaseWriter("gate-five-star-fails-below-its-band", QD26, 13, "A failed 5★ gate changes nothing when "
                + "the band is 3★: " + g13.code + " below its 5★ gate, total 60.").member(m13));
        Recount.Sheet s18 = sheet(QD26, 18);
        Recount.Leaf g18 = gatedLeaf(s18, 4);
        out.add(new CaseWriter("gate-one-of-two-fails-four-star", QD26, 18, "Two members, one below the 4★ gate of "
                + g18.code + ": 1 of 2 is exactly half, the gate fails.").member(best(s18))
                .member(with(best(s18), g18.code, g18.gate(4) - 1)));
        Recount.Sheet s6 = sheet(QD26, 6);
        out.add(new CaseWriter("conditional-left-out-by-one-of-three", QD26, 6, "Conditional criterion 5.2 (only when the "
                + "product has a story) left out by one member: it scores 0 for that member only.")
                .members(2, best(s6)).member(with(best(s6), "5.2", null)));
        out.add(new CaseWriter("council-spread-at-the-limit", QD26, 7, "Council rule maxSpread 10: totals 100 and 90 "
                + "differ by exactly 10, which is allowed (only a spread over the limit is not final).").policy("maxSpread", "10")
                .member(best(sheet(QD26, 7))).member(total(sheet(QD26, 7), 90, 5)));
        out.add(new CaseWriter("council-central-not-five-star-potential", QD26, 1, "A central council's 90+ average is "
                + "not \"5★ potential\" (that marks a provincial average to forward); the rank is 5★, recognised centrally.")
                .council("CENTRAL").members(3, best(s1)));
    }

    private static void knockouts(List<CaseWriter> out) {
        Recount.Sheet s2 = sheet(QD26, 2);
        out.add(new CaseWriter("knockout-sheet-level-zero-remaining", QD26, 2, "A sheet-level disqualifier (forged "
                + "dossier) has nothing to score as 0: it disqualifies under ZERO_REMAINING too.")
                .policy("knockouts", "ZERO_REMAINING").member(best(s2)).knockout(null, "forged dossier"));
        Recount.Sheet s7 = sheet(QD26, 7);
        out.add(new CaseWriter("knockout-reject-1.1-sheet-7", QD26, 7, "Sheet 7 prints a REJECT knock-out on 1.1 "
                + "(raw material of unknown origin): under the default policy the product is disqualified.")
                .members(3, best(s7)).knockout("1.1", "raw material of unknown origin"));
        out.add(new CaseWriter("knockout-reject-1.1-sheet-7-zero", QD26, 7, "The same REJECT knock-out on 1.1 under "
                + "ZERO_REMAINING: only 1.1 scores 0, and a zeroed criterion meets no gate (1.1 carries a 3★ gate).")
                .policy("knockouts", "ZERO_REMAINING").members(3, best(s7)).knockout("1.1", "raw material of unknown origin"));
        Recount.Sheet s11 = sheet(QD26, 11);
        out.add(new CaseWriter("knockout-halt-composite-6.1.1-sheet-11", QD26, 11, "Sheet 11 (tea) prints a HALT knock-out "
                + "on sub-criterion 6.1.1 (unacceptable impurities): disqualified by default.").member(best(s11))
                .knockout("6.1.1", "insects found"));
        out.add(new CaseWriter("knockout-halt-composite-6.1.1-sheet-11-zero", QD26, 11, "The HALT knock-out on 6.1.1 under "
                + "ZERO_REMAINING: 6.1.1 and every criterion printed after it score 0.").policy("knockouts", "ZERO_REMAINING")
                .member(best(s11)).knockout("6.1.1", "insects found"));
        Recount.Sheet s19 = sheet(QD26, 19);
        out.add(new CaseWriter("knockout-halt-6-sheet-19-zero", QD26, 19, "Sheet 19 prints a HALT knock-out on criterion 6; "
                + "under ZERO_REMAINING criterion 6 and everything after it score 0.").policy("knockouts", "ZERO_REMAINING")
                .members(5, best(s19)).knockout("6", "failed test"));
        Recount.Sheet s21 = sheet(QD26, 21);
        out.add(new CaseWriter("knockout-reject-6.2-sheet-21-zero", QD26, 21, "Sheet 21 prints a REJECT knock-out on 6.2; "
                + "under ZERO_REMAINING only 6.2 scores 0.").policy("knockouts", "ZERO_REMAINING").member(best(s21))
                .knockout("6.2", "failed inspection"));
        Recount.Sheet s23 = sheet(QD26, 23);
        out.add(new CaseWriter("knockout-unprinted-zero", QD26, 23, "A finding on 4.1, where sheet 23 prints no knock-out, "
                + "under ZERO_REMAINING: only 4.1 scores 0 (and its gates are not met).").policy("knockouts", "ZERO_REMAINING")
                .member(best(s23)).knockout("4.1", "council finding"));
        Recount.Sheet h1 = sheet(QD148, 1);
        out.add(new CaseWriter("knockout-148-group-10-halt-zero", QD148, 1, "148 sheet 1 prints a HALT knock-out on group "
                + "10; under ZERO_REMAINING group 10 and everything after it score 0.").policy("knockouts", "ZERO_REMAINING")
                .dates("FIRST_TIME", SUBMITTED_148, DECIDED_148).member(best(h1)).knockout("10", "failed test"));
        Recount.Sheet h2 = sheet(QD148, 2);
        out.add(new CaseWriter("knockout-148-reject-2.a", QD148, 2, "148 sheet 2 prints a REJECT knock-out on 2.a: "
                + "disqualified by default.").dates("FIRST_TIME", SUBMITTED_148, DECIDED_148).members(3, best(h2))
                .knockout("2.a", "identical to another maker's product"));
        Recount.Sheet h5 = sheet(QD148, 5);
        out.add(new CaseWriter("knockout-148-halt-9.a-zero", QD148, 5, "148 sheet 5 prints a HALT knock-out on 9.a; under "
                + "ZERO_REMAINING 9.a and everything after it score 0.").policy("knockouts", "ZERO_REMAINING")
                .dates("FIRST_TIME", SUBMITTED_148, DECIDED_148).member(best(h5)).knockout("9.a", "contaminants"));
    }

    private static void tourism(List<CaseWriter> out) {
        Recount.Sheet t = sheet(QD26, 26);
        out.add(new CaseWriter("tourism-case-a-everywhere", QD26, 26, "Sheet 26 (community tourism): criteria 8, 9 and 15 "
                + "are alternatives (case a's options, then case b's); every member takes case a's best, which scores as "
                + "much as case b's best.").members(3, with(with(with(best(t), "8", 1), "9", 1), "15", 1)));
        out.add(new CaseWriter("tourism-mixed-cases", QD26, 26, "Sheet 26: members choose different cases of the same "
                + "alternatives criterion (m1 case a's first option on 8, m2 case b's first option).")
                .member(with(best(t), "8", 0)).member(with(best(t), "8", 2)).member(best(t)));
        out.add(new CaseWriter("tourism-3.5-four-star-gate", QD26, 26, "Sheet 26 marks 3.5's first option 3★ and its "
                + "second 4★: every member at option 0 meets the 3★ gate and fails the 4★ one.")
                .members(3, with(best(t), "3.5", 0)));
        Recount.Sheet h = sheet(QD148, 26);
        out.add(new CaseWriter("tourism-148-alternatives", QD148, 26, "148 sheet 26 has the same three alternatives "
                + "criteria; case b's first option on 9 and case a's first on 15.").dates("FIRST_TIME", SUBMITTED_148, DECIDED_148)
                .member(with(with(best(h), "9", 2), "15", 0)));
    }

    private static void corrections(List<CaseWriter> out) {
        Object[][] fixes = {
            {QD26, 4, "1.2", 0, "sheet 4 criterion 1.2 prints no points for its first option (no quality certificate); 0 is used"},
            {QD26, 4, "7", 2, "sheet 4 criterion 7 prints 13 for its third option; the maximum is 3, so 3 is used"},
            {QD26, 7, "1.2", 0, "sheet 7 criterion 1.2 prints no points for its first option; 0 is used"},
            {QD26, 7, "3.1", 1, "sheet 7 criterion 3.1 prints 1 for its second option; 2 is used (the sums balance only so)"},
            {QD26, 10, "1.2", 0, "sheet 10 criterion 1.2 prints no points for its first option; 0 is used"},
            {QD26, 11, "1.2", 0, "sheet 11 criterion 1.2 prints no points for its first option; 0 is used"},
            {QD26, 11, "6.1.1", 1, "sheet 11 sub-criterion 6.1.1 prints 11 for its middle option; 1 is used"},
            {QD148, 17, "1.d", 1, "148 sheet 17 criterion 1.d prints the letter 'l' for its second option's points; 1 is used"},
            {QD148, 18, "1.b", 1, "148 sheet 18 criterion 1.b prints the letter 't' for its second option's points; 1 is used"},
        };
        for (Object[] f : fixes) {
            String rulebook = (String) f[0];
            int n = (Integer) f[1];
            Recount.Sheet s = sheet(rulebook, n);
            CaseWriter c = new CaseWriter("typo-" + (rulebook.equals(QD148) ? "148-" : "") + "sheet-" + n + "-" + f[2]
                    + "-option-" + f[3], rulebook, n, "Corrected typo: " + f[4] + " (recorded on the rulebook with its "
                    + "printed value).").member(with(best(s), (String) f[2], (Integer) f[3]));
            if (rulebook.equals(QD148)) {
                c.dates("FIRST_TIME", SUBMITTED_148, DECIDED_148);
            }
            out.add(c);
        }
        out.add(new CaseWriter("typo-sheet-23-group-9-maximum", QD26, 23, "Corrected typo: sheet 23 prints group 9's "
                + "maximum as \"4\" over \"1\"; its options give 4, so 4 is used and the best sheet totals 100.")
                .members(3, best(sheet(QD26, 23))));
    }

    private static void transition(List<CaseWriter> out) {
        Recount.Sheet h = sheet(QD148, 1);
        Recount.Sheet s = sheet(QD26, 1);
        LocalDate before = LocalDate.of(2026, 5, 10);
        out.add(new CaseWriter("transition-first-time-decided-day-60", QD148, 1, "Transition (26/2026 Art. 12): a "
                + "first-time dossier submitted on 2026-05-10, before 26/2026 took effect on 2026-05-22, and decided on "
                + "2026-07-20, the 60th day, is still scored under 148 (production capacity 1.c at option 0).")
                .dates("FIRST_TIME", before, LocalDate.of(2026, 7, 20)).member(with(best(h), "1.c", 0)));
        out.add(new CaseWriter("transition-first-time-decided-day-61", QD26, 1, "Transition: the same dossier decided on "
                + "2026-07-21, past the 60-day window, is scored under 26/2026 (production capacity is 1.4 there, at "
                + "option 0).").dates("FIRST_TIME", before, LocalDate.of(2026, 7, 21)).member(with(best(s), "1.4", 0)));
        out.add(new CaseWriter("transition-re-evaluation-decided-day-30", QD148, 1, "Transition: a re-evaluation dossier "
                + "submitted on 2026-05-15 and decided on 2026-06-20, the 30th day, stays under 148.")
                .dates("RE_EVALUATION", LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 20)).member(with(best(h), "1.c", 0)));
        out.add(new CaseWriter("transition-re-evaluation-decided-day-31", QD26, 1, "Transition: the same re-evaluation "
                + "decided on 2026-06-21, past its 30-day window, is scored under 26/2026.")
                .dates("RE_EVALUATION", LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 21)).member(with(best(s), "1.4", 0)));
        out.add(new CaseWriter("transition-submitted-on-effective-day", QD26, 1, "Transition: a dossier submitted on "
                + "2026-05-22, the day 26/2026 took effect, is scored under 26/2026.")
                .dates("FIRST_TIME", LocalDate.of(2026, 5, 22), LocalDate.of(2026, 6, 1)).member(with(best(s), "1.4", 0)));
    }

    private static void perSheet148(List<CaseWriter> out) {
        int i = 0;
        for (int n : COMPLETE_148) {
            Recount.Sheet s = sheet(QD148, n);
            int size = SIZES[i % SIZES.length];
            CaseWriter c;
            switch (i % 3) {
                case 0 -> {
                    c = new CaseWriter("148-sheet-" + n + "-average-exactly-50", QD148, n, "148, every complete sheet: sheet "
                            + n + ", " + size + " members averaging exactly 50 (3★, recognised by the district before "
                            + "Decision 1489 of 6 July 2025).");
                    int[] t = new int[size];
                    for (int k = 0; k < size; k++) {
                        t[k] = size % 2 == 1 && k == size - 1 ? 50 : (k % 2 == 0 ? 51 : 49);
                    }
                    totals(c, 3, t);
                }
                case 1 -> {
                    Recount.Leaf g = gatedLeaf(s, 5);
                    int below = size / 2;
                    c = new CaseWriter("148-sheet-" + n + "-five-star-gate-" + (size - below) + "-of-" + size, QD148, n,
                            "148, every complete sheet: sheet " + n + ", best sheets but " + below + " of " + size
                                    + " members below the 5★ gate of " + g.code + ".");
                    c.members(size - below, best(s)).members(below, with(best(s), g.code, g.gate(5) - 1));
                }
                default -> {
                    c = new CaseWriter("148-sheet-" + n + "-just-below-70", QD148, n, "148, every complete sheet: sheet " + n
                            + ", " + size + " members one point short of averaging 70 in total.");
                    int[] t = new int[size];
                    for (int k = 0; k < size; k++) {
                        t[k] = k == size - 1 ? 69 : 70;
                    }
                    totals(c, 4, t);
                }
            }
            c.dates("FIRST_TIME", SUBMITTED_148, DECIDED_148);
            out.add(c);
            i++;
        }
        Recount.Sheet s = sheet(QD148, 8);
        out.add(totals(new CaseWriter("148-three-stars-after-1489", QD148, 8, "148 after Decision 1489 (in force 6 July "
                + "2025): a 3★ rank is recognised by the province, no longer the district."), 3, 60)
                .dates("FIRST_TIME", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10)));
        Recount.Sheet h1 = sheet(QD148, 1);
        out.add(new CaseWriter("148-conditional-5.c-left-out", QD148, 1, "148 sheet 1: conditional criterion 5.c left out "
                + "(its condition does not hold) scores 0.").dates("FIRST_TIME", SUBMITTED_148, DECIDED_148)
                .members(3, with(best(h1), "5.c", null)));
        if (s.number != 8) {
            throw new IllegalStateException();
        }
    }
}
