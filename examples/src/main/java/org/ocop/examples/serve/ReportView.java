package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocop.core.StarRating;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.StarCounts;

/**
 * The province report of {@code POST /v1/report} as JSON: recognised products by star, product group, product
 * set, producer type and year, producers by type — the sections of {@code ocop report}, keyed by the library's
 * enum names. It renders the library's {@link RegistryReport}; nothing is counted here. (The HTML page is the
 * command line's own.)
 */
final class ReportView {

    private static final StarRating[] CERTIFIED = {StarRating.THREE, StarRating.FOUR, StarRating.FIVE};

    private ReportView() {}

    /**
     * @param name the registry's name
     * @param report the report
     * @return the report document
     */
    static ObjectNode json(String name, RegistryReport report) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("name", name);
        doc.put("day", report.getDay().toString());
        doc.put("productCount", report.getProductCount());
        doc.put("producerCount", report.getProducerCount());
        doc.set("recognised", counts(report.byStar()));
        ObjectNode producers = doc.putObject("producersByType");
        report.getProducersByType().forEach((t, n) -> producers.put(t.name(), n));
        Map<String, Map<?, StarCounts>> sections = new LinkedHashMap<>();
        sections.put("byGroup", report.byGroup());
        sections.put("bySet", report.bySet());
        sections.put("byProducerType", report.byProducerType());
        sections.put("byYearOfIssue", report.byYearOfIssue());
        sections.put("issuedByYear", report.getIssuedByYear());
        sections.forEach((key, rows) -> {
            ObjectNode section = doc.putObject(key);
            rows.forEach((k, c) -> {
                if (c.getTotal() > 0) {
                    section.set(k instanceof Enum<?> ? ((Enum<?>) k).name() : String.valueOf(k), counts(c));
                }
            });
        });
        return doc;
    }

    private static ObjectNode counts(StarCounts c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (StarRating r : CERTIFIED) {
            node.put(String.valueOf(r.stars()), c.count(r));
        }
        node.put("total", c.getTotal());
        return node;
    }
}
