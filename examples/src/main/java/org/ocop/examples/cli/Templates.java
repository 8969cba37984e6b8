package org.ocop.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.TextTable;
import org.ocop.json.OcopJson;

/**
 * Blank evaluation documents for {@code ocop template}: an ocop-json evaluation document whose every
 * choice is a text listing the criterion's options ({@code "[0] 1 pt …  [1] 2 pts …"}). Replace each text
 * by the chosen index (a number), copy the {@code memberScores} entry for every council member, fill in the
 * product and council, and {@code ocop validate} the file: until then it reports the first choice still to
 * fill, with its JSON pointer.
 */
final class Templates {

    private static final ObjectMapper JSON = OcopJson.mapper();

    private Templates() {}

    static String blankEvaluation(Rulebook rulebook, CriteriaSheet sheet) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        for (Criterion c : sheet.getLeafCriteria()) {
            zeros.put(c.getCode(), 0);
        }
        Producer producer = Producer.builder().id("PR-0001").legalName("Tên chủ thể (producer's legal name)")
                .type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("00").communeCode("00000").build()).build();
        Product product = Product.builder().id("SP-0001").name(LocalizedText.of("Tên sản phẩm (product name)"))
                .productSet(sheet.getProductSet()).producer(producer).build();
        Evaluation ev = Evaluation.builder().id("EV-0001").product(product).rulebookId(rulebook.getId())
                .submittedOn(rulebook.getEffectiveFrom())
                .council(Council.builder().level(AuthorityLevel.PROVINCE).chairId("tv1")
                        .addMembers(CouncilMember.builder().id("tv1").name("Họ và tên (member's name)").build()).build())
                .addMemberScores(MemberScores.of("tv1", zeros)).build();
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(OcopJson.write(ev));
            ObjectNode choices = (ObjectNode) doc.path("memberScores").get(0).path("choices");
            for (Criterion c : sheet.getLeafCriteria()) {
                choices.put(c.getCode(), describe(c));
            }
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read a written evaluation", e);
        }
    }

    private static String describe(Criterion c) {
        StringBuilder s = new StringBuilder(c.getName().getVi()).append(" — choose one: ");
        List<CriterionOption> options = c.getScoringOptions();
        for (int i = 0; i < options.size(); i++) {
            CriterionOption o = options.get(i);
            if (c.getKind() == CriterionKind.ALTERNATIVES && (i == 0 || c.caseOf(i) != c.caseOf(i - 1))) {
                s.append(i == 0 ? "" : "  ").append("{case ")
                        .append(TextTable.truncate(c.getAlternatives().get(c.caseOf(i)).getLabel().getVi(), 60))
                        .append("}");
            }
            s.append(i == 0 && c.getKind() != CriterionKind.ALTERNATIVES ? "" : "  ").append('[').append(i).append("] ").append(o.getPoints())
                    .append(o.getPoints() == 1 ? " pt " : " pts ").append(TextTable.truncate(o.getText().getVi(), 70))
                    .append(o.getMinStar().map(r -> " (" + r.symbol() + " gate)").orElse(""));
        }
        if (c.getKind() == CriterionKind.CONDITIONAL) {
            s.append("  — delete this line when the condition does not hold: ")
                    .append(c.getCondition().map(LocalizedText::getVi).orElse(""));
        }
        return s.toString();
    }

}
