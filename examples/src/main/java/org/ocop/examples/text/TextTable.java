package org.ocop.examples.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminals: columns sized to their widest cell, numbers right-aligned. Widths are
 * counted in code points of the NFC form, so Vietnamese text with diacritics (<i>ệ</i>, <i>ữ</i>) lines up. Cells
 * are made safe ({@link Safe#cell}): a line break or control character in a name cannot forge a line.
 */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers the column headers; a header starting with {@code >} is right-aligned (the marker is
     *     not printed)
     */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            String h = Objects.requireNonNull(headers[i], "header");
            rightAligned[i] = h.startsWith(">");
            this.headers.add(rightAligned[i] ? h.substring(1) : h);
        }
    }

    /**
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : Safe.cell(Normalizer.normalize(c.toString(), Normalizer.Form.NFC)));
        }
        rows.add(Collections.unmodifiableList(row));
        return this;
    }

    /** @return the table as text, one line per row with a rule under the header, ending with a newline */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("─".repeat(w));
        }
        line(out, rule, widths);
        rows.forEach(r -> line(out, r, widths));
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - width(cell));
            if (i > 0) {
                line.append("  ");
            }
            line.append(rightAligned[i] ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * @param text any text
     * @return its display width in code points of the NFC form
     */
    public static int width(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length());
    }

    /**
     * @param text any text
     * @param max the widest allowed, at least 2
     * @return the text, cut with an ellipsis when wider than {@code max}
     */
    public static String truncate(String text, int max) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (width(nfc) <= max) {
            return nfc;
        }
        return nfc.substring(0, nfc.offsetByCodePoints(0, max - 1)) + "…";
    }
}
