package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.StarCounts;

/**
 * The province report of {@code POST /v1/report}, as JSON or as an HTML page ({@code Accept: text/html}):
 * recognised products by star, product group, product set, producer type and year, producers by type — the
 * sections of {@code ocop report}. Both are renderings of the library's {@link RegistryReport}; nothing is
 * counted here.
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
        doc.put("day", report.day().toString());
        doc.put("productCount", report.productCount());
        doc.put("producerCount", report.producerCount());
        doc.set("recognised", counts(report.byStar()));
        ObjectNode producers = doc.putObject("producersByType");
        report.producersByType().forEach((t, n) -> producers.put(t.name(), n));
        sections(report).forEach((key, section) -> {
            ObjectNode rows = doc.putObject(key);
            section.rows().forEach((k, c) -> {
                if (c.total() > 0) {
                    rows.set(section.key().apply(k), counts(c));
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
        node.put("total", c.total());
        return node;
    }

    /**
     * @param name the registry's name
     * @param report the report
     * @param locale the language of the headings and labels
     * @return a complete HTML page, every text escaped
     */
    static String html(String name, RegistryReport report, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "vi")
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(name))
                .append("</title></head>\n<body>\n<h1>").append(esc(name)).append("</h1>\n<p>")
                .append(esc(text("Báo cáo ngày ", "Report on ", locale))).append(report.day()).append(": ")
                .append(report.byStar().total()).append(esc(text(" sản phẩm được công nhận trên ",
                        " recognised products of ", locale))).append(report.productCount())
                .append(esc(text(" sản phẩm; ", " products; ", locale))).append(report.producerCount())
                .append(esc(text(" chủ thể.", " producers.", locale))).append("</p>\n");
        Map<String, Section> all = new LinkedHashMap<>();
        all.put("recognised", new Section(LocalizedText.of("Sản phẩm được công nhận theo hạng sao",
                "Recognised products by star"), Map.of("", report.byStar()), String::valueOf,
                k -> LocalizedText.of("Tổng cộng", "All")));
        all.putAll(sections(report));
        all.forEach((key, section) -> {
            out.append("<h2>").append(esc(section.title().in(locale))).append("</h2>\n<table>\n<tr><th></th>");
            for (StarRating r : CERTIFIED) {
                out.append("<th>").append(r.symbol()).append("</th>");
            }
            out.append("<th>").append(esc(text("Tổng", "Total", locale))).append("</th></tr>\n");
            section.rows().forEach((k, c) -> {
                if (c.total() > 0) {
                    out.append("<tr><td>").append(esc(section.label().apply(k).in(locale))).append("</td>");
                    for (StarRating r : CERTIFIED) {
                        out.append("<td>").append(c.count(r)).append("</td>");
                    }
                    out.append("<td>").append(c.total()).append("</td></tr>\n");
                }
            });
            out.append("</table>\n");
        });
        return out.append("</body>\n</html>\n").toString();
    }

    private record Section(LocalizedText title, Map<?, StarCounts> rows, Function<Object, String> key,
            Function<Object, LocalizedText> label) {}

    private static Map<String, Section> sections(RegistryReport r) {
        Map<String, Section> s = new LinkedHashMap<>();
        s.put("byGroup", new Section(LocalizedText.of("Theo nhóm sản phẩm", "By product group"), r.byGroup(),
                k -> ((Enum<?>) k).name(), k -> ((org.ocop.core.classification.ProductGroup) k).label()));
        s.put("bySet", new Section(LocalizedText.of("Theo bộ sản phẩm (phiếu)", "By product set (sheet)"), r.bySet(),
                k -> ((Enum<?>) k).name(), k -> {
                    org.ocop.core.classification.ProductSet set = (org.ocop.core.classification.ProductSet) k;
                    return LocalizedText.of(set.sheetNumber() + ". " + set.label().getVi(),
                            set.sheetNumber() + ". " + set.label().in(Locale.ENGLISH));
                }));
        s.put("byProducerType", new Section(LocalizedText.of("Theo loại chủ thể", "By producer type"),
                r.byProducerType(), k -> ((Enum<?>) k).name(),
                k -> ((org.ocop.core.product.ProducerType) k).label()));
        s.put("byYearOfIssue", new Section(LocalizedText.of("Theo năm cấp giấy chứng nhận còn hiệu lực",
                "By year of the certificate in force"), r.byYearOfIssue(), String::valueOf,
                k -> LocalizedText.of(String.valueOf(k))));
        s.put("issuedByYear", new Section(LocalizedText.of("Giấy chứng nhận cấp theo năm", "Certificates issued per year"),
                r.issuedByYear(), String::valueOf, k -> LocalizedText.of(String.valueOf(k))));
        return s;
    }

    private static String text(String vi, String en, Locale locale) {
        return locale.getLanguage().equals("en") ? en : vi;
    }

    /**
     * @param text any text
     * @return the text with the HTML special characters escaped
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
