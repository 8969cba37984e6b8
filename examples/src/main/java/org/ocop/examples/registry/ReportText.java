package org.ocop.examples.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProducerType;
import org.ocop.examples.text.Safe;
import org.ocop.examples.text.TextTable;
import org.ocop.examples.text.Words;
import org.ocop.scoring.report.ReEvaluationDue;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.StarCounts;

/** Renders a {@link RegistryReport} for {@code ocop report}, in Vietnamese or English. */
public final class ReportText {

    private ReportText() {}

    /**
     * @param name the registry's name
     * @param report the report
     * @param due the certificates entering their re-evaluation window in the next quarter
     * @param w the words
     * @return the text, ending with a newline
     */
    public static String render(String name, RegistryReport report, List<ReEvaluationDue> due, Words w) {
        Locale locale = w.locale();
        StringBuilder out = new StringBuilder();
        StarCounts all = report.byStar();
        out.append(Safe.cell(name)).append('\n').append(w.t("report.summary", report.getDay().toString(), all.getTotal(),
                stars(all, w), report.getProductCount(), report.getProducerCount(), producers(report.getProducersByType(), w)))
                .append('\n');
        section(out, w.t("report.byGroup"), report.byGroup(), g -> g.code() + "  " + g.label().in(locale), w);
        section(out, w.t("report.bySet"), report.bySet(),
                s -> String.format("%2d  ", s.sheetNumber()) + TextTable.truncate(s.label().in(locale), 48), w);
        section(out, w.t("report.byProducerType"), report.byProducerType(), t -> t.label().in(locale), w);
        section(out, w.t("report.byYear"), report.byYearOfIssue(), String::valueOf, w);
        section(out, w.t("report.issuedByYear"), report.getIssuedByYear(), String::valueOf, w);
        LocalDate[] q = nextQuarter(report.getDay());
        out.append('\n').append(w.t("report.due", q[0].toString(), q[1].toString(), due.size())).append('\n');
        if (!due.isEmpty()) {
            TextTable table = new TextTable(w.t("col.product"), w.t("col.stars"), w.t("report.col.validUntil"),
                    w.t("report.col.window"));
            due.forEach(d -> table.row(d.getProduct().getId() + "  " + TextTable.truncate(d.getProduct().getName().in(locale), 40),
                    d.getSchedule().getCertificate().getRating().symbol(), d.getSchedule().getValidUntil(),
                    d.getSchedule().getWindowOpens() + " → " + d.getSchedule().getWindowCloses()));
            table.render().lines().forEach(l -> out.append("  ").append(l).append('\n'));
        }
        return out.toString();
    }

    /**
     * @param day a day
     * @return the first and last day of the calendar quarter after the one holding {@code day}
     */
    public static LocalDate[] nextQuarter(LocalDate day) {
        int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1).plusMonths(3);
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
    }

    private static <K> void section(StringBuilder out, String title, Map<K, StarCounts> rows, Function<K, String> label,
            Words w) {
        out.append('\n').append(title).append('\n');
        TextTable table = new TextTable("", ">3★", ">4★", ">5★", ">" + w.t("col.total"));
        rows.forEach((k, c) -> {
            if (c.getTotal() > 0) {
                table.row(label.apply(k), c.count(StarRating.THREE), c.count(StarRating.FOUR), c.count(StarRating.FIVE),
                        c.getTotal());
            }
        });
        table.render().lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }

    private static String stars(StarCounts c, Words w) {
        StringBuilder s = new StringBuilder();
        for (StarRating r : new StarRating[] {StarRating.FIVE, StarRating.FOUR, StarRating.THREE}) {
            if (c.count(r) > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(w.t("report.atStar", c.count(r), r.symbol()));
            }
        }
        return s.length() == 0 ? w.t("explain.none") : s.toString();
    }

    private static String producers(Map<ProducerType, Integer> byType, Words w) {
        StringBuilder s = new StringBuilder();
        byType.forEach((t, n) -> {
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(t.label().in(w.locale())
                        .toLowerCase(w.locale()));
            }
        });
        return s.toString();
    }
}
