package org.ocop.test.recount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent recount of the scoring rules (docs/rules.md §3, §4 "who recognises"), written for the tests
 * from the rules' text and the printed sheets only: it reads the shipped rulebook documents with plain Jackson
 * and uses nothing of the engine (no ScoringEngine, CompiledSheet, Averages, not even ocop-core's sheet
 * types). The conformance cases' expectations are generated and verified with it.
 *
 * <p>Rules as the recount applies them: a member's total is the sum of the chosen options' points (a
 * conditional criterion left out scores 0; a binary criterion is option 0 = 0 points, option 1 = its maximum;
 * an alternatives criterion counts the first case's options, then the second's); the average is the exact
 * fraction sum / members; bands are half-open on the rulebook's "from" values, compared in integers
 * (sum ≥ from × members); a star gate is the first option printed with that many stars, met by a member at or
 * above it by option order (alternatives: by position within the case), met by the council when a strict
 * majority (or, by policy, all) of the members meet it; gates are cumulative, so the gate rank is one below the
 * lowest failed gate's star, at least 2; the rank is min(band, gate rank). Knock-outs: DISQUALIFY (no rank),
 * or ZERO_REMAINING as the policy documents it (zero the criterion or group; HALT_EVALUATION zeroes every leaf
 * after it too; a zeroed leaf meets no gate; sheet-level still disqualifies). A spread over maxSpread is not
 * final. Recognition: 3★+ ranked results; 5★ central; under 148 before 6 July 2025 3★ district; else province.
 */
public final class Recount {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Recount> CACHE = new HashMap<>();

    private final String rulebookId;
    private final JsonNode doc;
    private final Map<Integer, Sheet> sheets = new HashMap<>();

    private Recount(String rulebookId) {
        this.rulebookId = rulebookId;
        // the shipped rulebook is a header plus one document per sheet: put the sheets back into the header
        JsonNode header = resource(rulebookId + ".rulebook.json");
        if (header == null) {
            throw new IllegalArgumentException("no rulebook document " + rulebookId);
        }
        ArrayNode all = ((ObjectNode) header).putArray("sheets");
        for (int n = 1; n <= 99; n++) {
            JsonNode sheet = resource(String.format("%s.sheet-%02d.json", rulebookId, n));
            if (sheet != null) {
                all.add(sheet);
            }
        }
        this.doc = header;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Recount.class.getResourceAsStream("/org/ocop/scoring/rulebooks/" + name)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param rulebookId a shipped rulebook
     * @return its recount
     */
    public static synchronized Recount of(String rulebookId) {
        return CACHE.computeIfAbsent(rulebookId, Recount::new);
    }

    /** @return the rulebook's id */
    public String rulebookId() {
        return rulebookId;
    }

    /**
     * @param number a sheet number
     * @return the sheet, read from the document
     */
    public synchronized Sheet sheet(int number) {
        return sheets.computeIfAbsent(number, n -> {
            for (JsonNode s : doc.get("sheets")) {
                if (s.get("number").asInt() == n) {
                    return new Sheet(s);
                }
            }
            throw new IllegalArgumentException(rulebookId + " has no sheet " + n);
        });
    }

    /** @return whether sheet {@code n} carries no "incomplete" mark */
    boolean complete(int n) {
        for (JsonNode s : doc.get("sheets")) {
            if (s.get("number").asInt() == n) {
                return !s.has("incompleteReason");
            }
        }
        return false;
    }

    /**
     * @param sum a sum of totals
     * @param members the number of members
     * @return the band's rank
     */
    public int band(long sum, int members) {
        int band = 1;
        for (JsonNode b : doc.get("bands")) {
            if (sum >= b.get("from").asLong() * members) {
                band = Math.max(band, b.get("rating").asInt());
            }
        }
        return band;
    }

    /** @return the bands' lower edges by rank */
    Map<Integer, Integer> bandFroms() {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        doc.get("bands").forEach(b -> m.put(b.get("rating").asInt(), b.get("from").asInt()));
        return m;
    }

    /** One leaf criterion as the sheet prints it. */
    public static final class Leaf {
        /** The code. */
        public final String code;
        /** The kind, as the document writes it. */
        public final String kind;
        /** Points of each option in choice order. */
        public final int[] points;
        /** The star mark of each option (0: none). */
        public final int[] stars;
        /** For alternatives: the case of each option; else 0. */
        public final int[] caseOf;
        /** For alternatives: the position of each option within its case; else the index. */
        public final int[] position;
        /** The part code. */
        public final String part;
        /** The group code. */
        public final String group;
        /** The English or Vietnamese name. */
        public final String name;
        /** The criterion this conditional one requires above its first option ({@code requiredCriterion}), or "". */
        public final String required;

        Leaf(JsonNode c, String part, String group) {
            this.code = c.get("code").asText();
            this.kind = c.get("kind").asText();
            this.part = part;
            this.group = group;
            this.name = c.path("name").path("en").asText(c.path("name").path("vi").asText(""));
            this.required = c.path("requiredCriterion").asText("");
            List<JsonNode> opts = new ArrayList<>();
            List<Integer> cases = new ArrayList<>();
            List<Integer> pos = new ArrayList<>();
            if (kind.equals("ALTERNATIVES")) {
                int k = 0;
                for (JsonNode a : c.get("alternatives")) {
                    int p = 0;
                    for (JsonNode o : a.get("options")) {
                        opts.add(o);
                        cases.add(k);
                        pos.add(p++);
                    }
                    k++;
                }
            } else if (c.has("options")) {
                int p = 0;
                for (JsonNode o : c.get("options")) {
                    opts.add(o);
                    cases.add(0);
                    pos.add(p++);
                }
            }
            if (kind.equals("BINARY")) {
                points = new int[] {0, c.get("maxPoints").asInt()};
                stars = new int[2];
                caseOf = new int[2];
                position = new int[] {0, 1};
            } else {
                int n = opts.size();
                points = new int[n];
                stars = new int[n];
                caseOf = new int[n];
                position = new int[n];
                for (int i = 0; i < n; i++) {
                    points[i] = opts.get(i).get("points").asInt();
                    stars[i] = opts.get(i).path("minStar").asInt(0);
                    caseOf[i] = cases.get(i);
                    position[i] = pos.get(i);
                }
            }
        }

        /** @return the best option's index (the last printed) */
        public int best() {
            return points.length - 1;
        }

        /** @return the leaf's maximum */
        public int max() {
            int m = 0;
            for (int p : points) {
                m = Math.max(m, p);
            }
            return m;
        }

        /**
         * @param star 3, 4 or 5
         * @return the option printed with that star mark (the first), or -1
         */
        public int gate(int star) {
            for (int i = 0; i < stars.length; i++) {
                if (stars[i] == star) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * @param choice an option index, or -1 for none
         * @param gateOption the gated option
         * @return whether the choice is at or above it by option order
         */
        boolean reaches(int choice, int gateOption) {
            return choice >= 0 && position[choice] >= position[gateOption];
        }
    }

    /** A sheet's leaves and knock-out marks. */
    public static final class Sheet {
        /** The sheet number. */
        public final int number;
        /** The English name. */
        public final String name;
        /** The leaves in printed order. */
        public final List<Leaf> leaves = new ArrayList<>();
        /** Knock-out effect by criterion or group code. */
        final Map<String, String> knockoutEffect = new HashMap<>();
        /** The leaf index range [from, to) of each criterion and group code. */
        final Map<String, int[]> range = new HashMap<>();

        Sheet(JsonNode s) {
            this.number = s.get("number").asInt();
            this.name = s.path("name").path("en").asText("");
            for (JsonNode p : s.get("parts")) {
                for (JsonNode g : p.get("groups")) {
                    int gFrom = leaves.size();
                    String group = g.get("code").asText();
                    for (JsonNode c : g.get("criteria")) {
                        int cFrom = leaves.size();
                        if (c.has("subCriteria")) {
                            for (JsonNode sc : c.get("subCriteria")) {
                                mark(sc);
                                range.put(sc.get("code").asText(), new int[] {leaves.size(), leaves.size() + 1});
                                leaves.add(new Leaf(sc, p.get("code").asText(), group));
                            }
                        } else {
                            leaves.add(new Leaf(c, p.get("code").asText(), group));
                        }
                        mark(c);
                        range.put(c.get("code").asText(), new int[] {cFrom, leaves.size()});
                    }
                    mark(g);
                    range.putIfAbsent(group, new int[] {gFrom, leaves.size()});
                }
            }
        }

        private void mark(JsonNode node) {
            if (node.has("knockout")) {
                knockoutEffect.put(node.get("code").asText(), node.get("knockout").get("effect").asText());
            }
        }

        /**
         * @param code a criterion code
         * @return its leaf
         */
        public Leaf leaf(String code) {
            return leaves.stream().filter(l -> l.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("sheet " + number + " has no leaf " + code));
        }

        /** @return the sum of the leaves' maxima */
        public int max() {
            return leaves.stream().mapToInt(Leaf::max).sum();
        }

        /**
         * @param code a criterion or group code
         * @return its printed knock-out effect, or null
         */
        public String knockout(String code) {
            return knockoutEffect.get(code);
        }
    }

    /** What the recount gives. */
    public static final class Result {
        /** Each member's total. */
        public final List<Integer> totals = new ArrayList<>();
        /** The sum of the totals. */
        public long sum;
        /** The number of members. */
        public int members;
        /** The band's rank. */
        public int band;
        /** Failed gates: criterion code to the lowest failed star. */
        public final Map<String, Integer> failed = new LinkedHashMap<>();
        /** Gate rank. */
        public int gateRank;
        /** Final rank, 0 when disqualified. */
        public int stars;
        /** RANKED, DISQUALIFIED or NOT_FINAL. */
        public String outcome;
        /** Whether recognisable. */
        public boolean recognisable;
        /** PROVINCE, DISTRICT, CENTRAL or null. */
        public String level;
        /** Whether 5★ potential. */
        public boolean fiveStarPotential;
        /** Gate lines for the why text. */
        public final List<String> gateNotes = new ArrayList<>();
        /** Knock-out lines for the why text. */
        public final List<String> knockoutNotes = new ArrayList<>();

        /** @return the failed gates' codes */
        public Set<String> failedCodes() {
            return new TreeSet<>(failed.keySet());
        }
    }

    /**
     * Recounts one evaluation.
     *
     * @param sheetNo the sheet
     * @param members each member's choices (criterion code to option; absent: left out)
     * @param knockouts knock-out findings' codes ("" for sheet level)
     * @param gates STRICT_MAJORITY or ALL_MEMBERS
     * @param knockoutSemantics DISQUALIFY or ZERO_REMAINING
     * @param maxSpread the maximum spread, or -1
     * @param council the council's level
     * @param decidedOn the decision (or submission) day
     * @return the result
     */
    public Result score(int sheetNo, List<Map<String, Integer>> members, List<String> knockouts, String gates,
            String knockoutSemantics, int maxSpread, String council, LocalDate decidedOn) {
        Sheet s = sheet(sheetNo);
        int n = members.size();
        int[][] choice = new int[n][s.leaves.size()];
        for (int m = 0; m < n; m++) {
            for (int l = 0; l < s.leaves.size(); l++) {
                Integer c = members.get(m).get(s.leaves.get(l).code);
                choice[m][l] = c == null ? -1 : c;
            }
        }
        Result r = new Result();
        boolean disqualified = false;
        boolean[] zeroed = new boolean[s.leaves.size()];
        for (String k : knockouts) {
            if (knockoutSemantics.equals("DISQUALIFY") || k.isEmpty()) {
                disqualified = true;
                r.knockoutNotes.add("knock-out " + (k.isEmpty() ? "at sheet level" : "on " + k) + ": disqualified, no rank");
                continue;
            }
            int[] range = s.range.get(k);
            boolean halt = "HALT_EVALUATION".equals(s.knockout(k));
            int to = halt ? s.leaves.size() : range[1];
            for (int l = range[0]; l < to; l++) {
                zeroed[l] = true;
            }
            r.knockoutNotes.add("knock-out on " + k + " scored as 0: " + (halt ? k + " and every criterion after it"
                    : k) + " (" + (s.knockout(k) == null ? "no printed knock-out" : s.knockout(k)) + ")");
        }
        for (int m = 0; m < n; m++) {
            int total = 0;
            for (int l = 0; l < s.leaves.size(); l++) {
                if (zeroed[l]) {
                    choice[m][l] = -1;
                }
                if (choice[m][l] >= 0) {
                    total += s.leaves.get(l).points[choice[m][l]];
                }
            }
            r.totals.add(total);
            r.sum += total;
        }
        r.members = n;
        r.band = band(r.sum, n);
        int lowestFailed = 6;
        for (int l = 0; l < s.leaves.size(); l++) {
            Leaf leaf = s.leaves.get(l);
            for (int star = 3; star <= 5; star++) {
                int g = leaf.gate(star);
                if (g < 0) {
                    continue;
                }
                int reached = 0;
                for (int m = 0; m < n; m++) {
                    if (leaf.reaches(choice[m][l], g)) {
                        reached++;
                    }
                }
                boolean met = gates.equals("ALL_MEMBERS") ? reached == n : 2 * reached > n;
                if (!met) {
                    r.failed.putIfAbsent(leaf.code, star);
                    lowestFailed = Math.min(lowestFailed, star);
                    r.gateNotes.add(leaf.code + " " + star + "★ gate (option " + g + ") reached by " + reached + " of "
                            + n + ": not met");
                } else if (reached < n) {
                    r.gateNotes.add(leaf.code + " " + star + "★ gate (option " + g + ") reached by " + reached + " of "
                            + n + ": met");
                }
            }
        }
        r.gateRank = Math.max(2, Math.min(5, lowestFailed - 1));
        int rank = Math.min(r.band, r.gateRank);
        int spread = r.totals.stream().mapToInt(Integer::intValue).max().getAsInt()
                - r.totals.stream().mapToInt(Integer::intValue).min().getAsInt();
        boolean notFinal = maxSpread >= 0 && spread > maxSpread;
        r.outcome = disqualified ? "DISQUALIFIED" : notFinal ? "NOT_FINAL" : "RANKED";
        r.stars = disqualified ? 0 : rank;
        r.recognisable = r.outcome.equals("RANKED") && rank >= 3;
        if (r.recognisable) {
            if (rank == 5) {
                r.level = "CENTRAL";
            } else if (rank == 3 && rulebookId.equals("QD-148-2023") && decidedOn.isBefore(LocalDate.of(2025, 7, 6))) {
                r.level = "DISTRICT";
            } else {
                r.level = "PROVINCE";
            }
        }
        r.fiveStarPotential = !disqualified && council.equals("PROVINCE") && r.sum >= 90L * n;
        return r;
    }
}
