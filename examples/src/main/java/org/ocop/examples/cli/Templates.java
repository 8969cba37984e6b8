package org.ocop.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
 * choice is a text listing the criterion's options ({@code "[0] 1 pt …  [1] 2 pts …"}), with one council
 * member and one {@code memberScores} entry per member asked for. Replace each text by the chosen index (a
 * number), fill in the product and the members' names, and {@code ocop validate} the file: until then it
 * reports the first choice still to fill ("criterion 1.1 is not filled in yet (options 0–2)") with its JSON
 * pointer. Shared by the command line and {@code ocop serve}'s template endpoint.
 */
public final class Templates {

    private static final ObjectMapper JSON = OcopJson.mapper();

    private Templates() {}

    /** The member ids of a template when none are asked for: one member. */
    public static final List<String> ONE_MEMBER = List.of("tv1");

    /**
     * @param rulebook the rulebook
     * @param sheet one of its sheets
     * @param memberIds the council members' ids, the chair first
     * @return the template, indented, without a final newline
     */
    public static String blankEvaluation(Rulebook rulebook, CriteriaSheet sheet, List<String> memberIds) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        for (Criterion c : sheet.getLeafCriteria()) {
            zeros.put(c.getCode(), 0);
        }
        Producer producer = Producer.builder().id("PR-0001").legalName("Tên chủ thể (producer's legal name)")
                .type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("00").communeCode("00000").build()).build();
        Product product = Product.builder().id("SP-0001").name(LocalizedText.of("Tên sản phẩm (product name)"))
                .productSet(sheet.getProductSet()).producer(producer).build();
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE).chairId(memberIds.get(0));
        Evaluation.Builder ev = Evaluation.builder().id("EV-0001").product(product).rulebookId(rulebook.getId())
                .submittedOn(rulebook.getEffectiveFrom());
        for (String id : memberIds) {
            council.addMembers(CouncilMember.builder().id(id).name("Họ và tên (member's name)").build());
            ev.addMemberScores(MemberScores.of(id, zeros));
        }
        ev.council(council.build());
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(OcopJson.write(ev.build()));
            for (JsonNode member : doc.path("memberScores")) {
                ObjectNode choices = (ObjectNode) member.path("choices");
                for (Criterion c : sheet.getLeafCriteria()) {
                    choices.put(c.getCode(), describe(c));
                }
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
