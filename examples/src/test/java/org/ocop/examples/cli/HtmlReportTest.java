package org.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocop report --html}: one self-contained page whose charts carry the text report's totals. */
class HtmlReportTest {

    @TempDir
    Path dir;

    private Document render(String lang) throws IOException {
        Path file = dir.resolve("report-" + lang + ".html");
        Cli.Run run = Cli.run("report", "--html", file.toString(), "--lang", lang);
        assertThat(run.status()).as(run.err()).isZero();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> bars(Element svg) {
        return svg.select("g.bar").stream().collect(Collectors.toMap(g -> g.attr("data-label"),
                g -> Integer.parseInt(g.attr("data-value"))));
    }

    @Test
    void theSampleProvinceShowsItsProductsAndProducersInTheCharts() throws IOException {
        Document doc = render("en");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, img, [src]")).isEmpty();
        assertThat(doc.html().replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:",
                "url(", "@import", "@font-face");
        assertThat(doc.select("svg")).hasSize(5);
        assertThat(doc.select("svg").eachAttr("data-chart"))
                .containsExactly("stars", "groups", "producerTypes", "years", "producers");
        // the province's reported figures: 261 products, 48 at 4★ and 213 at 3★; 178 producers
        Element stars = doc.selectFirst("svg[data-chart=stars]");
        assertThat(stars.attr("data-total")).isEqualTo("261");
        assertThat(bars(stars)).containsEntry("4★", 48).containsEntry("3★", 213).containsEntry("5★", 0);
        for (String chart : new String[] {"groups", "producerTypes", "years"}) {
            Element svg = doc.selectFirst("svg[data-chart=" + chart + "]");
            assertThat(svg.attr("data-total")).as(chart).isEqualTo("261");
            assertThat(bars(svg).values().stream().mapToInt(Integer::intValue).sum()).as(chart).isEqualTo(261);
        }
        Element producers = doc.selectFirst("svg[data-chart=producers]");
        assertThat(producers.attr("data-total")).isEqualTo("178");
        assertThat(bars(producers)).containsEntry("Cooperative", 73).containsEntry("Business household", 61);
        assertThat(bars(producers).values()).contains(44);
        assertThat(doc.select("h2").eachText()).anyMatch(h -> h.startsWith("Certificates entering their re-evaluation"));
    }

    @Test
    void theTotalsEqualTheTextReport() throws IOException {
        Document doc = render("en");
        String text = Cli.run("report", "--lang", "en").out();
        int due = doc.select("#due tbody tr").size();
        assertThat(text).contains("next quarter (", "): " + due + "\n");
        assertThat(text).contains("261 recognised products (48 at 4★, 213 at 3★)");
    }

    @Test
    void vietnameseReport() throws IOException {
        Document doc = render("vi");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(doc.select("h2").eachText()).contains("Sản phẩm được công nhận theo hạng sao", "Chủ thể theo loại hình");
        assertThat(bars(doc.selectFirst("svg[data-chart=producers]"))).containsEntry("Hợp tác xã", 73);
    }
}
