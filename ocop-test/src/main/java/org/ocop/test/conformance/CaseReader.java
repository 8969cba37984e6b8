package org.ocop.test.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.result.Outcome;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The one reader of the conformance case format (JSON Schema {@code org/ocop/test/conformance/case.schema.json}
 * in this module). A case:
 *
 * <pre>{@code
 * {"why": "Sheet 1, one member: ... 50 / 1 = 50, band 3★ ...",
 *  "rulebook": "QD-26-2026", "sheet": 1,
 *  "council": "PROVINCE",                      // optional, default PROVINCE
 *  "evaluationType": "FIRST_TIME",             // optional, default FIRST_TIME
 *  "submittedOn": "2026-09-01", "evaluatedOn": "2026-09-20",   // optional; submittedOn defaults to 2026-09-01
 *  "policy": {"gates": "ALL_MEMBERS", "knockouts": "ZERO_REMAINING", "maxSpread": "10"},   // optional
 *  "compact": {"m1": "221 210 ...", "m2": "..."},          // either this ...
 *  "members": {"m1": {"base": "best", "1.1": 0, "5.2": null}, "m2": {"base": "m1"}},   // ... or this
 *  "knockouts": [{"code": "2.1", "reason": "..."}, {"reason": "sheet-level"}],
 *  "expect": {"average": "269/3", "band": 4, "stars": 3, "outcome": "RANKED", "failedGates": ["6.2"],
 *             "recognisable": true, "level": "PROVINCE", "fiveStarPotential": false,
 *             "memberTotals": [90, 90, 89], "warnings": ["substring"],
 *             "next": {"target": 4, "lacking": "1/3", "failingGates": ["6.2"], "steps": 1,
 *                      "plan": [{"criterion": "6.2", "from": 2, "to": 4, "gain": "2"}]},
 *             "noNext": true}}
 * }</pre>
 *
 * <p>Choices, two forms:
 * <ul>
 *   <li><b>compact</b>, for a council secretary copying a paper sheet: one string per member, one character
 *       per leaf criterion in the sheet's printed order ({@code ocop sheet QD-26-2026 1} lists them): the
 *       0-based index of the chosen option in printed order, or {@code -} for a conditional criterion whose
 *       condition does not hold. Spaces, {@code |} and {@code ,} may separate groups and are ignored. On the
 *       tourism sheet an alternatives criterion counts the first case's options, then the second case's.</li>
 *   <li><b>full</b>: per member, {@code base} ({@code "best"}: every leaf at its last printed option, the best
 *       on every sheet, conditional criteria included; {@code "lowest"}: option 0 everywhere and conditional
 *       criteria left out; or an earlier member's id, default {@code "best"}) and overrides by criterion code
 *       ({@code null} leaves a conditional criterion out).</li>
 * </ul>
 *
 * <p>Averages are exact: a decimal ({@code "74.5"}) or a fraction ({@code "269/3"}). {@code "stars": null}
 * expects no rank (disqualified). Expected facts that are absent are not checked.
 */
public final class CaseReader {

    /** Where the shipped cases are, on the class path. */
    public static final String CASES = "/org/ocop/test/conformance/cases/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Optional<Rulebook>> rulebooks;

    private CaseReader(Function<String, Optional<Rulebook>> rulebooks) {
        this.rulebooks = rulebooks;
    }

    /** @return a reader that finds rulebooks among the shipped ones ({@link Rulebooks#byId(String)}) */
    public static CaseReader standard() {
        return new CaseReader(Rulebooks::byId);
    }

    /**
     * @param rulebooks finds a rulebook by its id, e.g. a catalogue holding a team's own draft rulebook
     * @return a reader that finds rulebooks there
     */
    public static CaseReader withRulebooks(Function<String, Optional<Rulebook>> rulebooks) {
        return new CaseReader(Objects.requireNonNull(rulebooks, "rulebooks"));
    }

    /**
     * @param id a rulebook id
     * @return the rulebook
     * @throws ConformanceCaseException when the reader knows no such rulebook
     */
    public Rulebook rulebook(String id) {
        return rulebooks.apply(id).orElseThrow(() -> new ConformanceCaseException("Unknown rulebook '" + id + "'"));
    }

    /**
     * @return every case shipped with this module, in name order (listed in {@code cases/index.txt})
     * @throws ConformanceCaseException when a case cannot be read
     */
    public List<ConformanceCase> getShippedCases() {
        List<ConformanceCase> cases = new ArrayList<>();
        for (String name : shippedNames()) {
            try (InputStream in = CaseReader.class.getResourceAsStream(CASES + name + ".json")) {
                if (in == null) {
                    throw new ConformanceCaseException("Case " + name + " is listed in " + CASES + "index.txt but "
                            + "missing");
                }
                cases.add(read(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    /** @return the names of the shipped cases, in name order */
    public static List<String> shippedNames() {
        Set<String> names = new TreeSet<>();
        try (InputStream in = CaseReader.class.getResourceAsStream(CASES + "index.txt")) {
            if (in == null) {
                throw new ConformanceCaseException("The case index " + CASES + "index.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /**
     * @param name the case's name
     * @param in the case document (UTF-8 JSON)
     * @return the case
     * @throws ConformanceCaseException when the document is not a case, naming the case and the field
     */
    public ConformanceCase read(String name, InputStream in) {
        JsonNode c;
        try {
            c = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ConformanceCaseException("Case " + name + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read(name, c);
        } catch (IllegalArgumentException | DateTimeParseException | InvalidPolicyException e) {
            throw new ConformanceCaseException("Case " + name + ": " + e.getMessage(), e);
        }
    }

    private ConformanceCase read(String name, JsonNode c) {
        if (c == null || !c.isObject()) {
            throw new IllegalArgumentException("a case is a JSON object");
        }
        String why = required(c, "why").asText();
        if (why.isBlank()) {
            throw new IllegalArgumentException("'why' is blank: every case says why");
        }
        String rulebookId = required(c, "rulebook").asText();
        int sheetNo = required(c, "sheet").asInt();
        CriteriaSheet sheet = rulebook(rulebookId).sheet(sheetNo).orElseThrow(
                () -> new IllegalArgumentException("rulebook " + rulebookId + " has no sheet " + sheetNo));
        Map<String, String> policy = new LinkedHashMap<>();
        c.path("policy").properties().forEach(e -> policy.put(e.getKey(), e.getValue().asText()));
        policy(policy); // fail early on a bad option
        List<MemberScores> members = new ArrayList<>();
        if (c.has("compact") == c.has("members")) {
            throw new IllegalArgumentException("give the choices either as 'compact' or as 'members'");
        }
        if (c.has("compact")) {
            c.get("compact").properties().forEach(m -> members.add(MemberScores.of(m.getKey(),
                    compact(sheet, m.getKey(), m.getValue().asText()))));
        } else {
            Map<String, Map<String, Integer>> earlier = new LinkedHashMap<>();
            c.get("members").properties().forEach(m -> {
                Map<String, Integer> choices = full(sheet, m.getValue(), earlier);
                earlier.put(m.getKey(), choices);
                members.add(MemberScores.of(m.getKey(), choices));
            });
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one member");
        }
        List<KnockoutFinding> knockouts = new ArrayList<>();
        for (JsonNode k : c.path("knockouts")) {
            String reason = required(k, "reason").asText();
            knockouts.add(k.has("code") ? KnockoutFinding.of(k.get("code").asText(), reason) : KnockoutFinding.sheet(reason));
        }
        return ConformanceCase.of(name, why, rulebookId, sheetNo,
                AuthorityLevel.valueOf(c.path("council").asText("PROVINCE")),
                EvaluationType.valueOf(c.path("evaluationType").asText("FIRST_TIME")),
                c.has("submittedOn") ? LocalDate.parse(c.get("submittedOn").asText()) : ConformanceCase.DEFAULT_SUBMITTED_ON,
                c.has("evaluatedOn") ? Optional.of(LocalDate.parse(c.get("evaluatedOn").asText())) : Optional.empty(),
                policy, members, knockouts, expectation(required(c, "expect")));
    }

    /**
     * The one place that turns a case's policy options into a {@link ScoringPolicy}: the policy's own textual
     * form ({@link ScoringPolicy#fromOptions(Map)}; keys such as {@code gates}, {@code knockouts},
     * {@code maxSpread}, {@code quorum}, {@code maxCouncil}, {@code nextStar}); absent keys keep the standard
     * decisions.
     *
     * @param options option names to values
     * @return the policy
     * @throws org.ocop.core.policy.InvalidPolicyException for an unknown option or a bad value
     */
    public static ScoringPolicy policy(Map<String, String> options) {
        return ScoringPolicy.fromOptions(options);
    }

    /**
     * Reads a compact choice string against a sheet.
     *
     * @param sheet the criteria sheet
     * @param member the member's id, for messages
     * @param compact one character per leaf criterion in printed order: an option index or {@code -}
     * @return the choices by criterion code
     * @throws IllegalArgumentException when the string does not fit the sheet
     */
    public static Map<String, Integer> compact(CriteriaSheet sheet, String member, String compact) {
        List<Criterion> leaves = sheet.getLeafCriteria();
        String digits = compact.replaceAll("[\\s|,]", "");
        if (digits.length() != leaves.size()) {
            throw new IllegalArgumentException("member " + member + ": the compact string has " + digits.length()
                    + " choices but sheet " + sheet.getNumber() + " has " + leaves.size() + " leaf criteria");
        }
        Map<String, Integer> choices = new LinkedHashMap<>();
        for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(i);
            Criterion leaf = leaves.get(i);
            if (ch == '-') {
                if (leaf.getKind() != CriterionKind.CONDITIONAL) {
                    throw new IllegalArgumentException("member " + member + ": '-' at position " + (i + 1)
                            + " but criterion " + leaf.getCode() + " is not conditional");
                }
                continue;
            }
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("member " + member + ": '" + ch + "' at position " + (i + 1)
                        + " (criterion " + leaf.getCode() + ") is not an option index");
            }
            choices.put(leaf.getCode(), ch - '0');
        }
        return choices;
    }

    /**
     * Writes choices in the compact form (the inverse of {@link #compact(CriteriaSheet, String, String)}),
     * parts separated by a space.
     *
     * @param sheet the criteria sheet
     * @param choices the choices by criterion code, each option index below 10
     * @return the compact string
     */
    public static String compactOf(CriteriaSheet sheet, Map<String, Integer> choices) {
        StringBuilder s = new StringBuilder();
        String part = null;
        for (Criterion leaf : sheet.getLeafCriteria()) {
            String p = partOf(sheet, leaf.getCode());
            if (part != null && !part.equals(p)) {
                s.append(' ');
            }
            part = p;
            Integer c = choices.get(leaf.getCode());
            s.append(c == null ? "-" : String.valueOf(c));
        }
        return s.toString();
    }

    private static String partOf(CriteriaSheet sheet, String code) {
        return sheet.getParts().stream().filter(p -> p.getGroups().stream().anyMatch(g -> g.getCriteria().stream()
                .anyMatch(c -> c.getCode().equals(code) || c.getSubCriteria().stream()
                        .anyMatch(s -> s.getCode().equals(code))))).findFirst().map(p -> p.getCode().name()).orElse("");
    }

    private static Map<String, Integer> full(CriteriaSheet sheet, JsonNode spec, Map<String, Map<String, Integer>> earlier) {
        String base = spec.path("base").asText("best");
        Map<String, Integer> choices = new LinkedHashMap<>();
        if (earlier.containsKey(base)) {
            choices.putAll(earlier.get(base));
        } else if (base.equals("best") || base.equals("lowest")) {
            for (Criterion leaf : sheet.getLeafCriteria()) {
                if (base.equals("best")) {
                    choices.put(leaf.getCode(), leaf.getScoringOptions().size() - 1);
                } else if (leaf.getKind() != CriterionKind.CONDITIONAL) {
                    choices.put(leaf.getCode(), 0);
                }
            }
        } else {
            throw new IllegalArgumentException("unknown base '" + base + "' (best, lowest or an earlier member)");
        }
        for (Map.Entry<String, JsonNode> o : spec.properties()) {
            if (o.getKey().equals("base")) {
                continue;
            }
            if (o.getValue().isNull()) {
                choices.remove(o.getKey());
            } else {
                choices.put(o.getKey(), o.getValue().asInt());
            }
        }
        return choices;
    }

    private static Expectation expectation(JsonNode x) {
        Optional<Integer> stars = Optional.empty();
        if (x.has("stars")) {
            stars = Optional.of(x.get("stars").isNull() ? 0 : x.get("stars").asInt());
        }
        Optional<Expectation.NextStarExpectation> next = Optional.empty();
        if (x.has("next")) {
            JsonNode n = x.get("next");
            List<Expectation.PlanStepExpectation> plan = new ArrayList<>();
            for (JsonNode s : n.path("plan")) {
                plan.add(Expectation.PlanStepExpectation.of(required(s, "criterion").asText(), required(s, "from").asInt(),
                        required(s, "to").asInt(), ExactAverage.parse(required(s, "gain").asText())));
            }
            Optional<Integer> steps = n.has("steps") ? Optional.of(n.get("steps").asInt())
                    : n.has("plan") ? Optional.of(plan.size()) : Optional.empty();
            next = Optional.of(Expectation.NextStarExpectation.of(required(n, "target").asInt(),
                    text(n, "lacking").map(ExactAverage::parse), codes(n, "failingGates"), steps, plan));
        }
        return Expectation.of(text(x, "average").map(ExactAverage::parse),
                x.has("band") ? Optional.of(x.get("band").asInt()) : Optional.empty(), stars,
                text(x, "outcome").map(Outcome::valueOf), codes(x, "failedGates"),
                x.has("recognisable") ? Optional.of(x.get("recognisable").asBoolean()) : Optional.empty(),
                text(x, "level").map(AuthorityLevel::valueOf),
                x.has("fiveStarPotential") ? Optional.of(x.get("fiveStarPotential").asBoolean()) : Optional.empty(),
                x.has("memberTotals") ? Optional.of(ints(x.get("memberTotals"))) : Optional.empty(),
                codes(x, "warnings").map(List::copyOf).orElse(List.of()), next, x.path("noNext").asBoolean(false));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return v;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static Optional<Set<String>> codes(JsonNode node, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        Set<String> codes = new java.util.LinkedHashSet<>();
        node.get(field).forEach(c -> codes.add(c.asText()));
        return Optional.of(codes);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
