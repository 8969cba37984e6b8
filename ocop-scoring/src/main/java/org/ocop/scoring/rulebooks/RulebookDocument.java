package org.ocop.scoring.rulebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.ClassificationScheme;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Correction;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Knockout;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;

/**
 * Reads and writes a rulebook document with Jackson's tree model: a plain, explicit mapping of every
 * {@link Rulebook} property to a JSON member of the same name (empty lists and absent optionals are
 * left out, so that the document is canonical: one rulebook, one text). Stars are written as numbers 1
 * to 5, dates as ISO {@code yyyy-MM-dd}.
 *
 * <p>Package-private: the shipped rulebooks are its only users ({@link Rulebooks}).
 */
final class RulebookDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RulebookDocument() {}

    // ---------------------------------------------------------------- reading

    /**
     * @param in a rulebook document
     * @return the rulebook, checked by its own invariants
     * @throws UncheckedIOException if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException if the document does not describe a valid rulebook
     */
    static Rulebook read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a rulebook document", e);
        }
        return rulebook(root);
    }

    private static Rulebook rulebook(JsonNode n) {
        Rulebook.Builder b = Rulebook.builder()
                .id(str(n, "id"))
                .title(text(req(n, "title")))
                .legalReference(str(n, "legalReference"))
                .signedOn(LocalDate.parse(str(n, "signedOn")))
                .effectiveFrom(LocalDate.parse(str(n, "effectiveFrom")))
                .provenance(str(n, "provenance"))
                .completeness(Completeness.valueOf(str(n, "completeness")))
                .classification(ClassificationScheme.valueOf(str(n, "classification")));
        optStr(n, "effectiveTo").map(LocalDate::parse).ifPresent(b::effectiveTo);
        strings(n, "amendments").forEach(b::addAmendment);
        for (JsonNode c : n.path("corrections")) {
            Correction.Builder cb = Correction.builder().location(str(c, "location")).printed(str(c, "printed"))
                    .used(str(c, "used")).reason(str(c, "reason"));
            optStr(c, "confidence").ifPresent(cb::confidence);
            b.addCorrection(cb.build());
        }
        Map<PartCode, Integer> maxima = new EnumMap<>(PartCode.class);
        req(n, "partMaxima").fields().forEachRemaining(e -> maxima.put(PartCode.valueOf(e.getKey()), e.getValue().intValue()));
        b.putAllPartMaxima(maxima);
        for (JsonNode band : n.path("bands")) {
            b.addBand(StarBand.of(StarRating.of(req(band, "rating").intValue()), req(band, "from").intValue()));
        }
        for (JsonNode s : n.path("sheets")) {
            b.addSheet(sheet(s));
        }
        return b.build();
    }

    private static CriteriaSheet sheet(JsonNode n) {
        CriteriaSheet.Builder b = CriteriaSheet.builder()
                .number(req(n, "number").intValue())
                .name(text(req(n, "name")))
                .maxPoints(req(n, "maxPoints").intValue())
                .addAllDisqualifiers(strings(n, "disqualifiers"))
                .addAllNotes(strings(n, "notes"))
                .addAllSourceNotes(strings(n, "sourceNotes"));
        optStr(n, "incompleteReason").ifPresent(b::incompleteReason);
        for (JsonNode p : n.path("parts")) {
            SheetPart.Builder pb = SheetPart.builder().code(PartCode.valueOf(str(p, "code"))).name(text(req(p, "name")))
                    .maxPoints(req(p, "maxPoints").intValue()).addAllSourceNotes(strings(p, "sourceNotes"));
            optStr(p, "heading").ifPresent(pb::heading);
            for (JsonNode g : p.path("groups")) {
                pb.addGroup(group(g));
            }
            b.addPart(pb.build());
        }
        return b.build();
    }

    private static CriterionGroup group(JsonNode n) {
        CriterionGroup.Builder b = CriterionGroup.builder().code(str(n, "code")).name(text(req(n, "name")))
                .maxPoints(req(n, "maxPoints").intValue()).addAllSourceNotes(strings(n, "sourceNotes"));
        optStr(n, "description").ifPresent(b::description);
        optStr(n, "printedMax").ifPresent(b::printedMax);
        optNode(n, "knockout").map(RulebookDocument::knockout).ifPresent(b::knockout);
        for (JsonNode c : n.path("criteria")) {
            b.addCriteria(criterion(c));
        }
        return b.build();
    }

    private static Criterion criterion(JsonNode n) {
        Criterion.Builder b = Criterion.builder().code(str(n, "code")).name(text(req(n, "name")))
                .kind(CriterionKind.valueOf(str(n, "kind"))).maxPoints(req(n, "maxPoints").intValue())
                .implicit(n.path("implicit").asBoolean(false))
                .addAllNotes(strings(n, "notes")).addAllSourceNotes(strings(n, "sourceNotes"));
        for (JsonNode o : n.path("options")) {
            b.addOption(option(o));
        }
        for (JsonNode s : n.path("subCriteria")) {
            b.addSubCriteria(criterion(s));
        }
        for (JsonNode a : n.path("alternatives")) {
            Alternative.Builder ab = Alternative.builder().label(text(req(a, "label")));
            for (JsonNode o : a.path("options")) {
                ab.addOption(option(o));
            }
            optNode(a, "printedMax").map(JsonNode::intValue).ifPresent(ab::printedMax);
            b.addAlternative(ab.build());
        }
        optNode(n, "condition").map(RulebookDocument::text).ifPresent(b::condition);
        optNode(n, "selectionRule").map(RulebookDocument::text).ifPresent(b::selectionRule);
        optStr(n, "description").ifPresent(b::description);
        optNode(n, "knockout").map(RulebookDocument::knockout).ifPresent(b::knockout);
        optNode(n, "minStar").map(s -> StarRating.of(s.intValue())).ifPresent(b::minStar);
        optStr(n, "label").ifPresent(b::label);
        optStr(n, "printedMax").ifPresent(b::printedMax);
        return b.build();
    }

    private static CriterionOption option(JsonNode n) {
        CriterionOption.Builder b = CriterionOption.builder().text(text(req(n, "text")))
                .points(req(n, "points").intValue()).pointsKnown(n.path("pointsKnown").asBoolean(true));
        optStr(n, "printed").ifPresent(b::printed);
        optNode(n, "minStar").map(s -> StarRating.of(s.intValue())).ifPresent(b::minStar);
        return b.build();
    }

    private static Knockout knockout(JsonNode n) {
        return Knockout.of(text(req(n, "text")), KnockoutEffect.valueOf(str(n, "effect")));
    }

    private static LocalizedText text(JsonNode n) {
        return optStr(n, "en").map(en -> LocalizedText.of(str(n, "vi"), en)).orElseGet(() -> LocalizedText.of(str(n, "vi")));
    }

    private static JsonNode req(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("Rulebook document: member '" + field + "' is missing in " + abbreviate(n));
        }
        return v;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = req(n, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("Rulebook document: member '" + field + "' is not a string in " + abbreviate(n));
        }
        return v.textValue();
    }

    private static Optional<JsonNode> optNode(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> optStr(JsonNode n, String field) {
        return optNode(n, field).map(v -> str(n, field));
    }

    private static List<String> strings(JsonNode n, String field) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    // ---------------------------------------------------------------- writing

    /**
     * @param rulebook a rulebook
     * @return its canonical document: two-space indentation, members in a fixed order, {@code \n} line ends,
     *     a final newline
     */
    static String write(Rulebook rulebook) {
        try {
            return MAPPER.writeValueAsString(node(rulebook)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write rulebook " + rulebook.getId(), e);
        }
    }

    private static ObjectNode node(Rulebook r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.getId());
        n.set("title", node(r.getTitle()));
        n.put("legalReference", r.getLegalReference());
        list(n, "amendments", r.getAmendments(), MAPPER.getNodeFactory()::textNode);
        n.put("signedOn", r.getSignedOn().toString());
        n.put("effectiveFrom", r.getEffectiveFrom().toString());
        r.getEffectiveTo().ifPresent(d -> n.put("effectiveTo", d.toString()));
        n.put("provenance", r.getProvenance());
        n.put("completeness", r.getCompleteness().name());
        n.put("classification", r.getClassification().name());
        list(n, "corrections", r.getCorrections(), c -> {
            ObjectNode cn = MAPPER.createObjectNode();
            cn.put("location", c.getLocation());
            cn.put("printed", c.getPrinted());
            cn.put("used", c.getUsed());
            cn.put("reason", c.getReason());
            c.getConfidence().ifPresent(v -> cn.put("confidence", v));
            return cn;
        });
        ObjectNode maxima = n.putObject("partMaxima");
        for (PartCode code : PartCode.values()) {
            maxima.put(code.name(), r.getPartMaxima().get(code));
        }
        list(n, "bands", r.getBands(), band -> {
            ObjectNode bn = MAPPER.createObjectNode();
            bn.put("rating", band.getRating().stars());
            bn.put("from", band.getFrom());
            return bn;
        });
        list(n, "sheets", r.getSheets(), RulebookDocument::node);
        return n;
    }

    private static ObjectNode node(CriteriaSheet s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("number", s.getNumber());
        n.set("name", node(s.getName()));
        n.put("maxPoints", s.getMaxPoints());
        s.getIncompleteReason().ifPresent(v -> n.put("incompleteReason", v));
        texts(n, "disqualifiers", s.getDisqualifiers());
        texts(n, "notes", s.getNotes());
        texts(n, "sourceNotes", s.getSourceNotes());
        list(n, "parts", s.getParts(), p -> {
            ObjectNode pn = MAPPER.createObjectNode();
            pn.put("code", p.getCode().name());
            pn.set("name", node(p.getName()));
            pn.put("maxPoints", p.getMaxPoints());
            p.getHeading().ifPresent(v -> pn.put("heading", v));
            texts(pn, "sourceNotes", p.getSourceNotes());
            list(pn, "groups", p.getGroups(), RulebookDocument::node);
            return pn;
        });
        return n;
    }

    private static ObjectNode node(CriterionGroup g) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", g.getCode());
        n.set("name", node(g.getName()));
        n.put("maxPoints", g.getMaxPoints());
        g.getPrintedMax().ifPresent(v -> n.put("printedMax", v));
        g.getDescription().ifPresent(v -> n.put("description", v));
        g.getKnockout().ifPresent(k -> n.set("knockout", node(k)));
        texts(n, "sourceNotes", g.getSourceNotes());
        list(n, "criteria", g.getCriteria(), RulebookDocument::node);
        return n;
    }

    private static ObjectNode node(Criterion c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", c.getCode());
        c.getLabel().ifPresent(v -> n.put("label", v));
        n.set("name", node(c.getName()));
        n.put("kind", c.getKind().name());
        n.put("maxPoints", c.getMaxPoints());
        c.getPrintedMax().ifPresent(v -> n.put("printedMax", v));
        if (c.isImplicit()) {
            n.put("implicit", true);
        }
        c.getMinStar().ifPresent(s -> n.put("minStar", s.stars()));
        c.getDescription().ifPresent(v -> n.put("description", v));
        c.getCondition().ifPresent(t -> n.set("condition", node(t)));
        c.getSelectionRule().ifPresent(t -> n.set("selectionRule", node(t)));
        c.getKnockout().ifPresent(k -> n.set("knockout", node(k)));
        texts(n, "notes", c.getNotes());
        texts(n, "sourceNotes", c.getSourceNotes());
        list(n, "options", c.getOptions(), RulebookDocument::node);
        list(n, "subCriteria", c.getSubCriteria(), RulebookDocument::node);
        list(n, "alternatives", c.getAlternatives(), a -> {
            ObjectNode an = MAPPER.createObjectNode();
            an.set("label", node(a.getLabel()));
            a.getPrintedMax().ifPresent(v -> an.put("printedMax", v));
            list(an, "options", a.getOptions(), RulebookDocument::node);
            return an;
        });
        return n;
    }

    private static ObjectNode node(CriterionOption o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("text", node(o.getText()));
        n.put("points", o.getPoints());
        if (!o.isPointsKnown()) {
            n.put("pointsKnown", false);
        }
        o.getPrinted().ifPresent(v -> n.put("printed", v));
        o.getMinStar().ifPresent(s -> n.put("minStar", s.stars()));
        return n;
    }

    private static ObjectNode node(Knockout k) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("text", node(k.getText()));
        n.put("effect", k.getEffect().name());
        return n;
    }

    private static ObjectNode node(LocalizedText t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("vi", t.getVi());
        t.getEn().ifPresent(en -> n.put("en", en));
        return n;
    }

    private static void texts(ObjectNode n, String field, List<String> values) {
        list(n, field, values, MAPPER.getNodeFactory()::textNode);
    }

    private static <T> void list(ObjectNode n, String field, List<T> values, Function<T, JsonNode> map) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(v -> a.add(map.apply(v)));
        }
    }
}
