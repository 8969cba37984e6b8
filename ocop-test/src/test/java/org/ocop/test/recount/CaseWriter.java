package org.ocop.test.recount;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one generated conformance case: the members' choices in the compact form, the expectation from the
 * independent {@link Recount}, and a {@code why} that spells out the recount's arithmetic (which options
 * differ from the best, points per member, sum / members, band edge, gates, rank) after a hand-written lead.
 */
final class CaseWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final String name;
    final String rulebook;
    final int sheet;
    final String lead;
    final List<String> memberIds = new ArrayList<>();
    final List<Map<String, Integer>> members = new ArrayList<>();
    final List<String[]> knockouts = new ArrayList<>();
    final Map<String, String> policy = new LinkedHashMap<>();
    String council = "PROVINCE";
    String type = "FIRST_TIME";
    LocalDate submittedOn;
    LocalDate evaluatedOn;

    CaseWriter(String name, String rulebook, int sheet, String lead) {
        this.name = name;
        this.rulebook = rulebook;
        this.sheet = sheet;
        this.lead = lead;
    }

    CaseWriter member(Map<String, Integer> choices) {
        memberIds.add("m" + (members.size() + 1));
        members.add(choices);
        return this;
    }

    CaseWriter members(int count, Map<String, Integer> choices) {
        for (int i = 0; i < count; i++) {
            member(choices);
        }
        return this;
    }

    CaseWriter knockout(String code, String reason) {
        knockouts.add(new String[] {code, reason});
        return this;
    }

    CaseWriter policy(String key, String value) {
        policy.put(key, value);
        return this;
    }

    CaseWriter council(String level) {
        this.council = level;
        return this;
    }

    CaseWriter dates(String type, LocalDate submitted, LocalDate evaluated) {
        this.type = type;
        this.submittedOn = submitted;
        this.evaluatedOn = evaluated;
        return this;
    }

    Recount.Result recount() {
        LocalDate decided = evaluatedOn != null ? evaluatedOn : submittedOn != null ? submittedOn : LocalDate.of(2026, 9, 1);
        List<String> ko = knockouts.stream().map(k -> k[0] == null ? "" : k[0]).toList();
        return Recount.of(rulebook).score(sheet, members, ko, policy.getOrDefault("gates", "STRICT_MAJORITY"),
                policy.getOrDefault("knockouts", "DISQUALIFY"), Integer.parseInt(policy.getOrDefault("maxSpread", "-1")),
                council, decided);
    }

    /** @return the case document */
    String write() throws Exception {
        Recount rc = Recount.of(rulebook);
        Recount.Sheet s = rc.sheet(sheet);
        Recount.Result r = recount();
        ObjectNode c = JSON.createObjectNode();
        c.put("why", lead + " " + arithmetic(rc, s, r));
        c.put("rulebook", rulebook);
        c.put("sheet", sheet);
        if (!council.equals("PROVINCE")) {
            c.put("council", council);
        }
        if (!type.equals("FIRST_TIME")) {
            c.put("evaluationType", type);
        }
        if (submittedOn != null) {
            c.put("submittedOn", submittedOn.toString());
        }
        if (evaluatedOn != null) {
            c.put("evaluatedOn", evaluatedOn.toString());
        }
        if (!policy.isEmpty()) {
            ObjectNode p = c.putObject("policy");
            policy.forEach(p::put);
        }
        ObjectNode compact = c.putObject("compact");
        for (int m = 0; m < members.size(); m++) {
            compact.put(memberIds.get(m), compact(s, members.get(m)));
        }
        if (!knockouts.isEmpty()) {
            ArrayNode ks = c.putArray("knockouts");
            for (String[] k : knockouts) {
                ObjectNode kn = ks.addObject();
                if (k[0] != null) {
                    kn.put("code", k[0]);
                }
                kn.put("reason", k[1]);
            }
        }
        ObjectNode x = c.putObject("expect");
        x.put("average", average(r.sum, r.members));
        ArrayNode totals = x.putArray("memberTotals");
        r.totals.forEach(totals::add);
        x.put("band", r.band);
        if (r.stars == 0) {
            x.putNull("stars");
        } else {
            x.put("stars", r.stars);
        }
        x.put("outcome", r.outcome);
        ArrayNode gates = x.putArray("failedGates");
        r.failedCodes().forEach(gates::add);
        x.put("recognisable", r.recognisable);
        if (r.level != null) {
            x.put("level", r.level);
        }
        x.put("fiveStarPotential", r.fiveStarPotential);
        return JSON.writeValueAsString(c) + "\n";
    }

    static String compact(Recount.Sheet s, Map<String, Integer> choices) {
        StringBuilder b = new StringBuilder();
        String part = null;
        for (Recount.Leaf l : s.leaves) {
            if (part != null && !part.equals(l.part)) {
                b.append(' ');
            }
            part = l.part;
            Integer c = choices.get(l.code);
            b.append(c == null ? "-" : String.valueOf(c));
        }
        return b.toString();
    }

    static String average(long sum, int n) {
        long g = BigInteger.valueOf(sum).gcd(BigInteger.valueOf(n)).longValue();
        long num = sum / g;
        long den = n / g;
        long d = den;
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        if (d != 1) {
            return num + "/" + den;
        }
        return new java.math.BigDecimal(sum).divide(new java.math.BigDecimal(n)).stripTrailingZeros().toPlainString();
    }

    private String arithmetic(Recount rc, Recount.Sheet s, Recount.Result r) {
        StringBuilder w = new StringBuilder();
        w.append("Sheet ").append(s.number).append(" (").append(s.name).append(", best ").append(s.max())
                .append(" points), ").append(members.size()).append(members.size() == 1 ? " member" : " members")
                .append(". ");
        List<String> described = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            int same = members.subList(0, m).indexOf(members.get(m));
            int sheetTotal = 0;
            for (Recount.Leaf l : s.leaves) {
                Integer c = members.get(m).get(l.code);
                sheetTotal += c == null ? 0 : l.points[c];
            }
            if (same >= 0) {
                described.add(memberIds.get(m) + " as " + memberIds.get(same) + " (" + sheetTotal + ")");
                continue;
            }
            described.add(memberIds.get(m) + " = " + describe(s, members.get(m), sheetTotal));
        }
        w.append(String.join("; ", described)).append(". ");
        for (String k : r.knockoutNotes) {
            w.append(Character.toUpperCase(k.charAt(0))).append(k.substring(1)).append(". ");
        }
        if (r.knockoutNotes.stream().anyMatch(k -> k.contains("scored as 0"))) {
            w.append("Totals after the knock-out: ").append(r.totals).append(". ");
        }
        w.append("Sum ").append(r.sum).append(" / ").append(r.members).append(" = ").append(average(r.sum, r.members));
        String avg = average(r.sum, r.members);
        if (avg.contains("/")) {
            w.append(" = ").append(new java.math.BigDecimal(r.sum).divide(new java.math.BigDecimal(r.members), 4,
                    java.math.RoundingMode.DOWN).toPlainString()).append("…");
        }
        Map<Integer, Integer> froms = rc.bandFroms();
        Integer next = froms.get(r.band + 1);
        w.append(": ").append(froms.get(r.band)).append(" × ").append(r.members).append(" = ")
                .append((long) froms.get(r.band) * r.members).append(" ≤ ").append(r.sum);
        if (next != null) {
            w.append(" < ").append((long) next * r.members).append(" = ").append(next).append(" × ").append(r.members);
        }
        w.append(", band ").append(r.band).append("★. ");
        if (r.gateNotes.isEmpty()) {
            w.append("Every star gate is reached by every member. ");
        } else {
            w.append("Gates: ").append(String.join("; ", r.gateNotes)).append(" (strict majority of ").append(r.members)
                    .append(" is ").append(r.members / 2 + 1).append(policy.containsKey("gates") ? "; policy " + policy.get("gates") : "")
                    .append("). Gate rank ").append(r.gateRank).append("★. ");
        }
        if (r.outcome.equals("DISQUALIFIED")) {
            w.append("Disqualified: no rank.");
        } else {
            w.append("Rank min(").append(r.band).append("★, ").append(r.gateRank).append("★) = ").append(r.stars).append("★");
            if (r.outcome.equals("NOT_FINAL")) {
                int spread = r.totals.stream().mapToInt(Integer::intValue).max().getAsInt()
                        - r.totals.stream().mapToInt(Integer::intValue).min().getAsInt();
                w.append(", not final: spread ").append(spread).append(" > ").append(policy.get("maxSpread"));
            }
            w.append(r.recognisable ? ", recognised by the " + r.level.toLowerCase(java.util.Locale.ROOT) + " level" : ", not recognisable");
            if (r.fiveStarPotential) {
                w.append("; 5★ potential (provincial average ≥ 90)");
            }
            w.append('.');
        }
        return w.toString();
    }

    static String describe(Recount.Sheet s, Map<String, Integer> choices, int total) {
        List<String> diffs = new ArrayList<>();
        int lost = 0;
        for (Recount.Leaf l : s.leaves) {
            Integer c = choices.get(l.code);
            int pts = c == null ? 0 : l.points[c];
            if (c != null && c == l.best()) {
                continue;
            }
            lost += l.max() - pts;
            diffs.add(l.code + (c == null ? " left out (0 of " + l.max() + ")" : " option " + c + " (" + pts + " of " + l.max() + ")"));
        }
        if (diffs.isEmpty()) {
            return "every last option: " + total;
        }
        return "last options except " + String.join(", ", diffs) + ": " + s.max() + " − " + lost + " = " + total;
    }

    /** @return the leaves whose options carry a star mark up to the given star */
    static Set<String> gated(Recount.Sheet s, int upToStar) {
        Set<String> g = new java.util.TreeSet<>();
        for (Recount.Leaf l : s.leaves) {
            for (int st = 3; st <= upToStar; st++) {
                if (l.gate(st) >= 0) {
                    g.add(l.code);
                }
            }
        }
        return g;
    }
}
