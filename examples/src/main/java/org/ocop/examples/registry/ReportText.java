package org.ocop.examples.registry;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProducerType;
import org.ocop.examples.text.TextTable;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.StarCounts;

/** Renders a {@link RegistryReport} for {@code ocop report}. */
public final class ReportText {

    private ReportText() {}

    /**
     * @param name the registry's name
     * @param report the report
     * @return the text, ending with a newline
     */
    public static String render(String name, RegistryReport report) {
        StringBuilder out = new StringBuilder();
        StarCounts all = report.byStar();
        out.append(name).append('\n').append("Report on ").append(report.day()).append(": ").append(all.total())
                .append(" recognised products (").append(stars(all)).append(") of ").append(report.productCount())
                .append(" in the registry; ").append(report.producerCount()).append(" producers (")
                .append(producers(report.producersByType())).append(")\n");
        section(out, "By product group", report.byGroup(), g -> g.code() + "  " + g.label().in(Locale.ENGLISH));
        section(out, "By product set (sheet)", report.bySet(),
                s -> String.format("%2d  ", s.sheetNumber()) + TextTable.truncate(s.label().getVi(), 48));
        section(out, "By producer type", report.byProducerType(), t -> t.label().in(Locale.ENGLISH));
        section(out, "By year of the certificate in force", report.byYearOfIssue(), String::valueOf);
        section(out, "Certificates issued per year", report.issuedByYear(), String::valueOf);
        return out.toString();
    }

    private static <K> void section(StringBuilder out, String title, Map<K, StarCounts> rows, Function<K, String> label) {
        out.append('\n').append(title).append('\n');
        TextTable table = new TextTable("", ">3★", ">4★", ">5★", ">Total");
        rows.forEach((k, c) -> {
            if (c.total() > 0) {
                table.row(label.apply(k), c.count(StarRating.THREE), c.count(StarRating.FOUR), c.count(StarRating.FIVE),
                        c.total());
            }
        });
        table.render().lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }

    private static String stars(StarCounts c) {
        StringBuilder s = new StringBuilder();
        for (StarRating r : new StarRating[] {StarRating.FIVE, StarRating.FOUR, StarRating.THREE}) {
            if (c.count(r) > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(c.count(r)).append(" at ").append(r.symbol());
            }
        }
        return s.length() == 0 ? "none" : s.toString();
    }

    private static String producers(Map<ProducerType, Integer> byType) {
        StringBuilder s = new StringBuilder();
        byType.forEach((t, n) -> {
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(t.label().in(Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT));
            }
        });
        return s.toString();
    }
}
