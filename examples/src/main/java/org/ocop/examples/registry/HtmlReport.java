package org.ocop.examples.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProducerType;
import org.ocop.examples.text.Safe;
import org.ocop.examples.text.Words;
import org.ocop.scoring.report.ReEvaluationDue;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.StarCounts;

/**
 * The province report as one self-contained HTML page ({@code ocop report --html FILE}): no script, no
 * external font, style sheet or image; every chart an inline SVG of horizontal bars (stacked by rank where
 * the rows are product counts). Charts: recognised products by star, by product group, by producer type and
 * by year of the certificate in force; producers by type; then the certificates entering their
 * re-evaluation window in the next quarter. Each {@code svg} carries {@code data-chart} (its name) and
 * {@code data-total} (the sum of its bars), and each bar {@code data-value}, so a test or a reader's tool
 * can check the figures.
 */
public final class HtmlReport {

    private static final String[] COLOURS = {"#9bb7d4", "#3b6ea5", "#1c355e"}; // 3★, 4★, 5★
    private static final int WIDTH = 760;
    private static final int LABEL = 320;
    private static final int BAR = 22;

    private HtmlReport() {}

    /** One bar: a label and its counts at 3★, 4★ and 5★ (or one count). */
    private record Bar(String label, int[] counts) {
        int total() {
            int t = 0;
            for (int c : counts) {
                t += c;
            }
            return t;
        }
    }

    /**
     * @param name the registry's name
     * @param report the report
     * @param due the certificates entering their re-evaluation window in the next quarter
     * @param w the words (and the language of names from the data)
     * @return the page
     */
    public static String render(String name, RegistryReport report, List<ReEvaluationDue> due, Words w) {
        Locale locale = w.locale();
        StarCounts all = report.byStar();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(name)).append("</title>\n")
                .append("<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;"
                        + "max-width:820px;color:#1d2330;padding:0 1em}\nh1{font-size:1.5em;margin-bottom:.2em}\n"
                        + "h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #dde3ea;padding-bottom:.2em}\n"
                        + ".summary{font-size:1.05em;color:#39414f}\nsvg{display:block;margin:.5em 0}\n"
                        + "svg text{font-size:13px;fill:#1d2330}\n.legend span{display:inline-block;margin-right:1.2em}\n"
                        + ".legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}\n"
                        + "table{border-collapse:collapse;width:100%;font-size:.92em}\n"
                        + "th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e6eaef}\ntd+td{white-space:nowrap}\n"
                        + "footer{margin-top:3em;color:#6b7380;font-size:.85em}\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(esc(name)).append("</h1>\n<p class=\"summary\">")
                .append(esc(w.t("html.summary", report.getDay().toString(), all.getTotal(), all.count(StarRating.FIVE),
                        all.count(StarRating.FOUR), all.count(StarRating.THREE), report.getProducerCount())))
                .append("</p>\n");
        out.append("<p class=\"legend\">");
        for (int i = 0; i < 3; i++) {
            out.append("<span><i style=\"background:").append(COLOURS[i]).append("\"></i>")
                    .append(StarRating.values()[StarRating.THREE.ordinal() + i].symbol()).append("</span>");
        }
        out.append("</p>\n");

        List<Bar> stars = new ArrayList<>();
        for (StarRating r : new StarRating[] {StarRating.THREE, StarRating.FOUR, StarRating.FIVE}) {
            int[] c = new int[3];
            c[r.ordinal() - StarRating.THREE.ordinal()] = all.count(r);
            stars.add(new Bar(r.symbol(), c));
        }
        chart(out, "stars", w.t("html.byStar"), stars);
        chart(out, "groups", w.t("report.byGroup"), bars(report.byGroup(), g -> g.code() + ". " + g.label().in(locale)));
        chart(out, "producerTypes", w.t("report.byProducerType"), bars(report.byProducerType(),
                t -> t.label().in(locale)));
        chart(out, "years", w.t("report.byYear"), bars(report.byYearOfIssue(), String::valueOf));
        List<Bar> producers = new ArrayList<>();
        for (Map.Entry<ProducerType, Integer> e : report.getProducersByType().entrySet()) {
            if (e.getValue() > 0) {
                producers.add(new Bar(e.getKey().label().in(locale), new int[] {e.getValue()}));
            }
        }
        chart(out, "producers", w.t("html.producers"), producers);

        LocalDate[] q = ReportText.nextQuarter(report.getDay());
        out.append("<h2>").append(esc(w.t("report.due", q[0].toString(), q[1].toString(), due.size())))
                .append("</h2>\n");
        if (!due.isEmpty()) {
            out.append("<table id=\"due\">\n<thead><tr><th>").append(esc(w.t("col.product"))).append("</th><th>")
                    .append(esc(w.t("col.stars"))).append("</th><th>").append(esc(w.t("report.col.validUntil")))
                    .append("</th><th>").append(esc(w.t("report.col.window"))).append("</th></tr></thead>\n<tbody>\n");
            for (ReEvaluationDue d : due) {
                out.append("<tr><td>").append(esc(d.getProduct().getId() + " " + d.getProduct().getName().in(locale)))
                        .append("</td><td>").append(d.getSchedule().getCertificate().getRating().symbol()).append("</td><td>")
                        .append(d.getSchedule().getValidUntil()).append("</td><td>").append(d.getSchedule().getWindowOpens())
                        .append(" → ").append(d.getSchedule().getWindowCloses()).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<footer>").append(esc(w.t("html.footer"))).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static <K> List<Bar> bars(Map<K, StarCounts> rows, Function<K, String> label) {
        List<Bar> bars = new ArrayList<>();
        rows.forEach((k, c) -> {
            if (c.getTotal() > 0) {
                bars.add(new Bar(label.apply(k), new int[] {c.count(StarRating.THREE), c.count(StarRating.FOUR),
                    c.count(StarRating.FIVE)}));
            }
        });
        return bars;
    }

    private static void chart(StringBuilder out, String id, String title, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
        int total = bars.stream().mapToInt(Bar::total).sum();
        int height = bars.size() * (BAR + 8) + 8;
        out.append("<h2>").append(esc(title)).append("</h2>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-chart=\"").append(id)
                .append("\" data-total=\"").append(total).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n");
        int y = 8;
        int room = WIDTH - LABEL - 60;
        for (Bar b : bars) {
            out.append("<g class=\"bar\" data-label=\"").append(esc(b.label())).append("\" data-value=\"")
                    .append(b.total()).append("\">");
            out.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 6)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(b.label(), 34))).append("</text>");
            int x = LABEL;
            for (int i = 0; i < b.counts().length; i++) {
                int c = b.counts()[i];
                if (c == 0) {
                    continue;
                }
                int wdt = max == 0 ? 0 : Math.max(1, (int) Math.round((double) c * room / max));
                String colour = b.counts().length == 1 ? COLOURS[1] : COLOURS[i];
                out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(wdt)
                        .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"><title>")
                        .append(c).append("</title></rect>");
                x += wdt;
            }
            out.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + BAR - 6).append("\">")
                    .append(b.total()).append("</text></g>\n");
            y += BAR + 8;
        }
        out.append("</svg>\n");
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * @param text any text
     * @return the text escaped for HTML content and attributes, unsafe characters shown as escapes
     */
    static String esc(String text) {
        return Safe.cell(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
