package org.ocop.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Publishes the scoring engine's golden cases ({@code ocop-scoring/src/test/resources/golden/*.json},
 * worked out by hand) as the conformance suite in {@code examples/conformance/cases/NAME/}: the input as an
 * ocop-json evaluation document and the expectation with its reasoning. Run from the examples module:
 * {@code ConformanceExport.main()} (or let {@link ConformanceSuiteTest} check the committed files are
 * current).
 *
 * <p>The evaluations are built as the engine's own tests build them: one product of the sheet's set
 * submitted on 2026-09-01, a council at the case's level, members in order, each member's choices from a
 * base ({@code best}: every leaf at its last option, {@code lowest}: option 0 and no conditional criteria,
 * or an earlier member) with overrides ({@code null} leaves a conditional criterion out).
 */
public final class ConformanceExport {

    /** The engine's golden cases, relative to the examples module. */
    static final Path GOLDEN = Path.of("../ocop-scoring/src/test/resources/golden");
    /** The published suite, relative to the examples module. */
    static final Path CASES = Path.of("conformance/cases");

    private static final ObjectMapper JSON = OcopJson.mapper();

    private ConformanceExport() {}

    /**
     * @param args ignored
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, String> file : export().entrySet()) {
            Path target = CASES.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * @return every file of the suite by its path under {@link #CASES}
     * @throws IOException if a golden case cannot be read
     */
    static Map<String, String> export() throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<Path> golden;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            golden = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golden) {
            JsonNode c = JSON.readTree(g.toFile());
            String name = g.getFileName().toString().replaceFirst("\\.json$", "");
            files.put(name + "/evaluation.json", OcopJson.write(evaluation(name, c)));
            ObjectNode expected = JSON.createObjectNode();
            expected.put("why", c.path("why").asText());
            expected.put("rulebook", c.path("rulebook").asText());
            if (c.has("policy")) {
                expected.set("policy", c.get("policy"));
            }
            expected.set("expect", c.path("expect"));
            files.put(name + "/expected.json", JSON.writeValueAsString(expected) + "\n");
        }
        return files;
    }

    private static Evaluation evaluation(String name, JsonNode c) {
        String rulebookId = c.path("rulebook").asText();
        int sheetNo = c.path("sheet").asInt();
        CriteriaSheet sheet = Rulebooks.byId(rulebookId).orElseThrow().sheet(sheetNo).orElseThrow();
        Producer producer = Producer.builder().id("hn-01").legalName("HTX Test").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("01").communeCode("00001").build()).build();
        Product product = Product.builder().id("p-1").name(LocalizedText.of("Sản phẩm (conformance case " + name + ")"))
                .productSet(ProductSet.ofSheet(sheetNo)).producer(producer).build();
        Council.Builder council = Council.builder()
                .level(c.has("council") ? AuthorityLevel.valueOf(c.get("council").asText()) : AuthorityLevel.PROVINCE);
        Evaluation.Builder ev = Evaluation.builder().id(name).product(product).rulebookId(rulebookId)
                .submittedOn(LocalDate.of(2026, 9, 1));
        Map<String, Map<String, Integer>> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("members").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> m = it.next();
            Map<String, Integer> choices = choices(sheet, m.getValue(), members);
            members.put(m.getKey(), choices);
            council.addMembers(CouncilMember.of(m.getKey(), "Thành viên " + m.getKey()));
            ev.addMemberScores(MemberScores.of(m.getKey(), choices));
        }
        for (JsonNode k : c.path("knockouts")) {
            ev.addKnockouts(k.has("code") ? KnockoutFinding.of(k.get("code").asText(), k.get("reason").asText())
                    : KnockoutFinding.sheet(k.get("reason").asText()));
        }
        return ev.council(council.build()).build();
    }

    private static Map<String, Integer> choices(CriteriaSheet sheet, JsonNode spec,
            Map<String, Map<String, Integer>> earlier) {
        String base = spec.path("base").asText("best");
        Map<String, Integer> choices = new LinkedHashMap<>();
        if (earlier.containsKey(base)) {
            choices.putAll(earlier.get(base));
        } else {
            for (Criterion leaf : sheet.getLeafCriteria()) {
                if (base.equals("best")) {
                    choices.put(leaf.getCode(), leaf.getScoringOptions().size() - 1);
                } else if (base.equals("lowest")) {
                    if (leaf.getKind() != CriterionKind.CONDITIONAL) {
                        choices.put(leaf.getCode(), 0);
                    }
                } else {
                    throw new IllegalArgumentException("unknown base " + base);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> o = it.next();
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
}
