package org.ocop.benchmarks;

/**
 * The hand-written limit the engine is measured against: the same arithmetic and gate checks as the
 * engine's default policy (docs/rules.md §3.3–3.5), over plain int arrays and without any result
 * object. Per member: the total and the per-part totals, every chosen index checked against the sheet.
 * Then the average (kept exact by comparing {@code sum * 100} with {@code threshold * members}), the band, the
 * cumulative star gates with a strict majority of members, and the final rank = min(band, gates).
 *
 * <p>It allocates nothing: it returns the rank and the council's points total packed into one {@code long}.
 */
public final class IntArrayScorer {

    private IntArrayScorer() {}

    /**
     * Scores one evaluation.
     *
     * @param sheet the flattened sheet
     * @param choices {@code choices[member][leaf]}, -1 for a conditional criterion left out
     * @param partTotals scratch space of at least {@code 3 * members} ints, overwritten (per-member part totals)
     * @return {@code rank << 32 | sumOfMemberTotals}; 0 when a choice is missing or out of range
     */
    public static long score(IntArraySheet sheet, int[][] choices, int[] partTotals) {
        int members = choices.length;
        int leaves = sheet.points.length;
        long sum = 0;
        for (int m = 0; m < members; m++) {
            int[] chosen = choices[m];
            int total = 0;
            partTotals[3 * m] = 0;
            partTotals[3 * m + 1] = 0;
            partTotals[3 * m + 2] = 0;
            for (int l = 0; l < leaves; l++) {
                int o = chosen[l];
                if (o < 0) {
                    if (!sheet.optional[l]) {
                        return 0; // a criterion other than a conditional one left out
                    }
                    continue;
                }
                int[] pts = sheet.points[l];
                if (o >= pts.length) {
                    return 0;
                }
                total += pts[o];
                partTotals[3 * m + sheet.partOf[l]] += pts[o];
            }
            sum += total;
        }
        // band: highest band whose threshold the exact average reaches (sum / members >= from / 100)
        int band = sheet.bandStars[0];
        for (int b = 0; b < sheet.bandFromHundredths.length; b++) {
            if (sum * 100 >= (long) sheet.bandFromHundredths[b] * members) {
                band = sheet.bandStars[b];
            }
        }
        // gates: cumulative, a gate is met when a strict majority of members reach the gated option
        int gateRank = 5;
        for (int k = 0; k < 3 && gateRank == 5; k++) {
            for (int l = 0; l < leaves; l++) {
                int gate = sheet.gates[l][k];
                if (gate < 0) {
                    continue;
                }
                int reached = 0;
                for (int m = 0; m < members; m++) {
                    int o = choices[m][l];
                    // by option order; within an alternatives criterion, by position inside the chosen case
                    if (o >= 0 && o - sheet.caseStart[l][o] >= gate - sheet.caseStart[l][gate]) {
                        reached++;
                    }
                }
                if (2 * reached <= members) {
                    gateRank = k + 2; // the 3★ gates fail: at most 2★; the 4★ gates fail: at most 3★ ...
                    break;
                }
            }
        }
        int rank = Math.min(band, gateRank);
        return ((long) rank << 32) | sum;
    }
}
