package org.ocop.tools.rulebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
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
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.RulebookCatalogue;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Converts the criteria data and legal parameters of the repository's {@code data/} folder into the shipped
 * rulebook files ({@code ocop-scoring/src/main/resources/org/ocop/scoring/rulebooks/}: per rulebook a header
 * document and one document per criteria sheet, written with {@link OcopJson#write(Object)}, see {@link
 * #shippedFiles}) and their index ({@link RulebookCatalogue#INDEX_RESOURCE}). The source sheets
 * and {@code parameters.json} files are read with Jackson's tree model. Re-runnable and deterministic: the test
 * {@code ShippedRulebooksTest} of this module fails when the shipped documents differ from what this class
 * produces. Regenerate them with the Maven profile
 *
 * <pre>./mvnw -B -ntp -Pregenerate-rulebooks -pl rulebook-tools -am process-classes</pre>
 *
 * <p>Mapping (source field → core model), per {@code data/qd-26-2026/README.md}: {@code kind}
 * choice/conditional/binary/alternatives/composite → {@link CriterionKind}; {@code min_star} 3/4/5 →
 * {@link StarRating}; {@code knockout_vi} + {@code knockout_effect} (reject/halt_evaluation) → {@link
 * Knockout}; {@code name_vi}/{@code name_en} and {@code text_vi}/{@code text_en} → {@link LocalizedText};
 * {@code description_vi}, {@code notes_vi}, {@code condition_vi}, {@code selection_rule_vi}, {@code
 * implicit}, {@code label_vi}, {@code printed}, {@code printed_max}, {@code source_notes} → the property of
 * the same meaning. The sheet's {@code heading_vi}/{@code subtitle_vi}, {@code classification} (derivable
 * from the sheet number, {@code ProductSet.ofSheet}) and per-sheet {@code provenance} of 26/2026 (the same on
 * every sheet; it becomes the rulebook's provenance) are not kept on the sheet. Each entry of a {@code
 * parameters.json} becomes a {@link LegalParameter} of the same field names.
 *
 * <p>Decisions where the source has gaps (148 transcription only):
 *
 * <ul>
 *   <li>a value is corrected only where {@code data/qd-148-2023/VALIDATION.md} lists the correction ("Corrections
 *       made"); it is recorded on the rulebook with the transcribed value, like the 26/2026 corrections;
 *   <li>an option whose points are not an integer and not corrected ({@code null}): {@code points} 0,
 *       {@code pointsKnown} false, the transcribed text in {@code printed};
 *   <li>a criterion whose maximum is blank and not corrected ({@code max_points} null, {@code printed_max} ""):
 *       {@code maxPoints} 0 and {@code printedMax} "" — 0 means "no maximum printed", not a value;
 *   <li>a criterion transcribed with only a letter and no name ({@code name_vi} ""): the name is the printed
 *       label ("a)"), with the English "a) (no name in the transcription)";
 *   <li>a sheet failing any arithmetic check is shipped with an {@code incompleteReason} listing every
 *       failure, in the words of {@code data/qd-148-2023/VALIDATION.md}'s checks.
 * </ul>
 *
 * <p>A printed condition becomes data ({@link Criterion#getRequiredCriterion()}) only where the sheet states it
 * unambiguously (26/2026 only, see {@code data/qd-26-2026/README.md}): a conditional criterion whose condition
 * reads exactly {@value #STORY_CONDITION} requires criterion {@value #STORY_CRITERION} when that criterion's
 * first option reads exactly {@value #NO_STORY}. The 148 transcription's story conditions stay text (see
 * {@code data/qd-148-2023/README.md}).
 *
 * <p>The rulebooks' titles, legal references, signing dates and bands are written below, each citing
 * docs/rules.md §1; their last days come from the {@code LAST_DAY} parameter of {@code parameters.json}.
 */
public final class RulebookConverter {

    /** Bands of all three rulebooks, docs/rules.md §3.4 (1048 printed integer bands: ⚖ same half-open bands). */
    static final List<StarBand> BANDS = List.of(StarBand.of(StarRating.ONE, 0), StarBand.of(StarRating.TWO, 30),
            StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.FOUR, 70), StarBand.of(StarRating.FIVE, 90));

    /** The day Decision 26/2026/QĐ-TTg was signed; it took effect on signing (docs/rules.md §1). */
    static final LocalDate QD_26_2026_SIGNED = LocalDate.of(2026, 5, 22);

    /** 26/2026 criterion 5.2's printed condition ("only when the product has a story"), read as data. */
    static final String STORY_CONDITION = "Chỉ áp dụng khi có câu chuyện sản phẩm";

    /** The criterion a {@link #STORY_CONDITION} refers to on the 26/2026 sheets. */
    static final String STORY_CRITERION = "5.1";

    /** The first option of {@link #STORY_CRITERION} that makes the condition false ("no product story"). */
    static final String NO_STORY = "Không có câu chuyện sản phẩm";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RulebookConverter() {}

    /**
     * Writes the shipped files of the three rulebooks and their index ({@link #shippedFiles}), and deletes any
     * other {@code .json} file of the resource folder (e.g. a rulebook written whole by an older converter).
     *
     * @param args optional: the repository root (default: found by walking up from the working directory)
     * @throws IOException if a file cannot be read, written or deleted
     */
    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Paths.get(args[0]) : repositoryRoot();
        Map<String, String> files = shippedFiles(convertAll(root));
        Path dir = resourceDirectory(root);
        for (String stale : staleFiles(dir, files.keySet())) {
            Files.delete(dir.resolve(stale));
            System.out.println("deleted " + stale);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + files.size() + " files to " + dir);
    }

    /**
     * @param dir the resource folder
     * @param shipped the names of the files the converter writes
     * @return the names of the folder's other {@code .json} files, sorted
     * @throws IOException if the folder cannot be listed
     */
    static List<String> staleFiles(Path dir, Set<String> shipped) throws IOException {
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !shipped.contains(n))
                    .sorted().forEach(stale::add);
        }
        return stale;
    }

    /** The index's file name in the resource folder. */
    static final String INDEX_NAME = "index.json";

    /**
     * The files shipped in {@code ocop-scoring}'s resource folder, by name: per rulebook, its header {@code
     * <id>.rulebook.json} (the rulebook document without its sheets: id, dates, provenance, corrections, part
     * maxima, bands, legal parameters) and one document per criteria sheet, {@code <id>.sheet-NN.json}, so that
     * the catalogue reads only the sheet in use; and the index {@value #INDEX_NAME} ({@link #index}). Every
     * document is written with {@link OcopJson#write(Object)}.
     *
     * @param rulebooks the rulebooks, oldest first
     * @return the file contents by file name, in a stable order
     */
    static Map<String, String> shippedFiles(List<Rulebook> rulebooks) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Rulebook r : rulebooks) {
            files.put(headerResource(r.getId()), OcopJson.write(Rulebook.builder().from(r).sheets(List.of()).build()));
            for (CriteriaSheet sheet : r.getSheets()) {
                files.put(sheetResource(r.getId(), sheet.getNumber()), OcopJson.write(sheet));
            }
        }
        files.put(INDEX_NAME, index(rulebooks));
        return files;
    }

    /**
     * @param id a rulebook id
     * @return its header's file name, e.g. {@code QD-26-2026.rulebook.json}
     */
    static String headerResource(String id) {
        return id + ".rulebook.json";
    }

    /**
     * @param id a rulebook id
     * @param number a sheet number
     * @return the sheet's file name, e.g. {@code QD-26-2026.sheet-01.json}
     */
    static String sheetResource(String id, int number) {
        return String.format(Locale.ROOT, "%s.sheet-%02d.json", id, number);
    }

    /**
     * The index of the shipped rulebooks ({@link RulebookCatalogue#INDEX_RESOURCE}): for each, oldest first, its
     * id, header resource, the days it applies and its sheets as {@code [number, resource]} pairs in the
     * rulebook's order, so that the catalogue picks a rulebook without reading the others, and a sheet without
     * reading the others.
     *
     * @param rulebooks the rulebooks
     * @return the index document
     */
    static String index(List<Rulebook> rulebooks) {
        StringBuilder b = new StringBuilder("{\n  \"rulebooks\": [");
        for (int i = 0; i < rulebooks.size(); i++) {
            Rulebook r = rulebooks.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"id\": \"").append(r.getId()).append("\", \"resource\": \"")
                    .append(headerResource(r.getId())).append("\", \"effectiveFrom\": \"").append(r.getEffectiveFrom())
                    .append('"');
            r.getEffectiveTo().ifPresent(to -> b.append(", \"effectiveTo\": \"").append(to).append('"'));
            b.append(", \"sheets\": [");
            for (int j = 0; j < r.getSheets().size(); j++) {
                int number = r.getSheets().get(j).getNumber();
                b.append(j == 0 ? "\n" : ",\n").append("      [").append(number).append(", \"")
                        .append(sheetResource(r.getId(), number)).append("\"]");
            }
            b.append(r.getSheets().isEmpty() ? "]}" : "\n    ]}");
        }
        return b.append("\n  ]\n}\n").toString();
    }

    /**
     * @param root the repository root
     * @return the folder of the shipped files
     */
    static Path resourceDirectory(Path root) {
        return root.resolve("ocop-scoring/src/main/resources/org/ocop/scoring/rulebooks");
    }

    /**
     * @return the repository root: the nearest directory, from the working directory up, holding {@code data/qd-26-2026}
     */
    static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/qd-26-2026"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No data/qd-26-2026 above " + Paths.get("").toAbsolutePath());
        }
        return dir;
    }

    /**
     * @param root the repository root
     * @return the three rulebooks, oldest first
     */
    static List<Rulebook> convertAll(Path root) {
        return List.of(qd1048(root.resolve("data/qd-1048-2019")), qd148(root.resolve("data/qd-148-2023")),
                qd26(root.resolve("data/qd-26-2026")));
    }

    // ------------------------------------------------------------------ the three rulebooks

    /**
     * Decision 1048/QĐ-TTg's rulebook: totals only (docs/rules.md §1). Title as quoted by proatc.vn's list of
     * OCOP decisions and Thừa Thiên Huế's plan 115/KH-UBND (2020).
     *
     * @param dir {@code data/qd-1048-2019}
     * @return the rulebook
     */
    static Rulebook qd1048(Path dir) {
        List<LegalParameter> parameters = parameters(dir, Rulebooks.QD_1048_2019);
        return Rulebook.builder()
                .id(Rulebooks.QD_1048_2019)
                .title(LocalizedText.of("Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
                        "Criteria for evaluating and ranking products of the One Commune One Product programme"))
                .legalReference("Quyết định 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ")
                .addAmendment("Quyết định 781/QĐ-TTg ngày 8/6/2020 của Thủ tướng Chính phủ")
                .signedOn(LocalDate.of(2019, 8, 21))
                .effectiveFrom(LocalDate.of(2019, 8, 21))
                .effectiveTo(lastDay(parameters))
                .provenance("Totals only. Part maxima A 35 / B 25 / C 40, the bands and the six branches come from "
                        + "secondary sources quoting the decision (ocoptinhthanhhoa.com.vn, ciptek.vn, proatc.vn, "
                        + "ocop.quangnam.gov.vn, baomoi, the Bà Rịa–Vũng Tàu agriculture department); the criteria "
                        + "sheets of its Phụ lục III were not available, so this rulebook has no sheets. The signing "
                        + "date 21/8/2019 is the majority reading (proatc.vn writes 20/8/2019). The decision printed "
                        + "integer bands (30-49, 50-69, 70-89, 90-100); the same half-open bands as 148 are used "
                        + "(docs/rules.md §3.4). Its end date is the day before 148/QĐ-TTg took effect. Legal "
                        + "parameters from data/qd-1048-2019/parameters.json.")
                .completeness(Completeness.TOTALS_ONLY)
                .classification(ClassificationScheme.LEGACY_BRANCHES)
                .putPartMaxima(PartCode.A, 35).putPartMaxima(PartCode.B, 25).putPartMaxima(PartCode.C, 40)
                .addAllBands(BANDS)
                .addAllParameters(parameters)
                .build();
    }

    /**
     * Decision 148/QĐ-TTg's rulebook from the third-party transcription. The title is the one news reports
     * give ("Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm"); the
     * official text was not available to check it.
     *
     * @param dir {@code data/qd-148-2023}
     * @return the rulebook
     */
    static Rulebook qd148(Path dir) {
        Map<String, Deque<String>> reasons = correctionRows(read(dir.resolve("VALIDATION.md")), "## Corrections made", 4);
        List<Correction> corrections = new ArrayList<>();
        List<LegalParameter> parameters = parameters(dir, Rulebooks.QD_148_2023);
        List<CriteriaSheet> sheets = new ArrayList<>();
        String repository = null;
        String commit = null;
        for (int n = 1; n <= 26; n++) {
            JsonNode s = readSheet(dir, n);
            JsonNode prov = s.path("provenance");
            repository = prov.path("repository").asText();
            commit = prov.path("commit").asText();
            List<String> notes = new ArrayList<>(strings(s, "source_notes"));
            notes.add("Transcribed from " + repository + " " + prov.path("path").asText() + " at commit " + commit
                    + " (file last changed in " + prov.path("file_last_changed_in").asText() + ", blob "
                    + prov.path("blob").asText() + ").");
            sheets.add(sheet(s, notes, true));
            collectCorrections(s, reasons, Map.of(), corrections);
        }
        checkEveryRowUsed(reasons, corrections);
        return Rulebook.builder()
                .id(Rulebooks.QD_148_2023)
                .title(LocalizedText.of("Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
                        "Criteria and procedure for evaluating and ranking products of the One Commune One Product programme"))
                .legalReference("Quyết định 148/QĐ-TTg ngày 24/2/2023 của Thủ tướng Chính phủ")
                .addAmendment("Quyết định 1489/QĐ-TTg ngày 6/7/2025 của Thủ tướng Chính phủ")
                .signedOn(LocalDate.of(2023, 2, 24))
                .effectiveFrom(LocalDate.of(2023, 2, 24))
                .effectiveTo(lastDay(parameters))
                .provenance("Third-party transcription, not the official text: the CSV files of GitHub repository "
                        + repository + ", folder db/ocop/, snapshot commit " + commit + " (all 26 files added in "
                        + "18467fb07ea8722ebe9e528cb93ebd1047234cbf), converted to JSON in data/qd-148-2023/ and from "
                        + "there into this rulebook. Values are kept as transcribed except " + corrections.size()
                        + " corrections the transcription's own structure and neighbours settle (sheet 3: four blank "
                        + "criterion maxima; sheets 17 and 18: option scores 'l' and 't'), each recorded with its "
                        + "transcribed value. Checks (data/qd-148-2023/VALIDATION.md: totals, parts, groups, criteria, "
                        + "points, stars): 22 of 26 sheets pass; sheets 7, 11, 12 and 13 fail and are marked "
                        + "incomplete, as no source gives the missing values. Legal parameters from "
                        + "data/qd-148-2023/parameters.json (news summaries of the decision). The "
                        + "official text of 148/QĐ-TTg was not available for comparison: spot-check against an "
                        + "official copy before relying on any sheet for certified scoring. English names are the "
                        + "data's own renderings, not an official translation.")
                .completeness(Completeness.TRANSCRIBED)
                .addAllCorrections(corrections)
                .putPartMaxima(PartCode.A, 40).putPartMaxima(PartCode.B, 25).putPartMaxima(PartCode.C, 35)
                .addAllBands(BANDS)
                .addAllSheets(sheets)
                .addAllParameters(parameters)
                .build();
    }

    /**
     * Decision 26/2026/QĐ-TTg's rulebook, every sheet complete, every correction recorded with the reason
     * from {@code VALIDATION.md} ("Corrections made") and the confidence from {@code README.md}. Title as printed
     * in the decision.
     *
     * @param dir {@code data/qd-26-2026}
     * @return the rulebook
     */
    static Rulebook qd26(Path dir) {
        Map<String, Deque<String>> reasons = correctionRows(read(dir.resolve("VALIDATION.md")), "## Corrections made", 4);
        Map<String, String> confidences = correctionTable(read(dir.resolve("README.md")), "## Corrections and known", 4);
        List<CriteriaSheet> sheets = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        JsonNode provenance = null;
        List<LegalParameter> parameters = parameters(dir, Rulebooks.QD_26_2026);
        for (int n = 1; n <= 26; n++) {
            JsonNode s = readSheet(dir, n);
            if (provenance == null) {
                provenance = s.path("provenance");
            } else if (!provenance.equals(s.path("provenance"))) {
                throw new IllegalStateException("sheet " + n + " has another provenance than sheet 1");
            }
            sheets.add(sheet(s, strings(s, "source_notes"), false));
            collectCorrections(s, reasons, confidences, corrections);
        }
        checkEveryRowUsed(reasons, corrections);
        return Rulebook.builder()
                .id(Rulebooks.QD_26_2026)
                .title(LocalizedText.of("Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm",
                        "Criteria and procedure for evaluating and ranking One Commune One Product products"))
                .legalReference("Quyết định 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ")
                .signedOn(QD_26_2026_SIGNED)
                .effectiveFrom(QD_26_2026_SIGNED)
                .provenance("Phụ lục II (26 criteria sheets) of Decision 26/2026/QĐ-TTg, parsed from an HTML crawl of the "
                        + "full decision in GitHub repository " + provenance.path("repository").asText() + ", file "
                        + provenance.path("path").asText() + ", commit " + provenance.path("commit").asText()
                        + " (SHA-256 " + provenance.path("sha256").asText() + "; crawl marker "
                        + provenance.path("crawl_marker").asText() + ", a thuvienphapluat.vn page captured on "
                        + "2026-06-02), via data/qd-26-2026/. Official publication: "
                        + provenance.path("official_url").asText() + " ("
                        + (provenance.path("official_url_checked").asBoolean() ? "checked" : "not reachable from the "
                        + "build environment; not checked") + "). Checks (data/qd-26-2026/VALIDATION.md: totals, parts, "
                        + "groups, criteria, points, stars): all 26 sheets pass after 8 corrections, each recorded "
                        + "with its printed value; an independent second extraction agreed on every code, option "
                        + "count, option point, star marker and printed maximum. Star markers kept as printed but "
                        + "unverified against the signed decision (they differ from the same option elsewhere): "
                        + "sheet 10 criterion 3.5 option 2 (no marker; 4★ on 23 of 24 sheets); sheet 1 group 8 option "
                        + "4 (no marker; 5★ on 22 sheets); sheet 6 criterion 6.3 options 'Phù hợp…' and 'Rất phù "
                        + "hợp…' (no markers; 4★/5★ on 4 sheets); sheets 6 and 8 criterion 6.2 option 'Đồng đều' (no "
                        + "marker; 4★ on 6 of 8 sheets); sheet 14 criterion 6.3 option 'Mùi mạnh, phù hợp, hấp dẫn' "
                        + "(no marker; 4★ on sheets 15 and 17); sheet 24 criterion 2.2 option 3 (5★; 4★ on sheets 23 "
                        + "and 25); sheet 2 criterion 6.1 option 'Sạch, không phát hiện tạp chất' (5★; 4★ on 9 "
                        + "sheets). English names are the data's own renderings, not an official translation. Legal "
                        + "parameters from data/qd-26-2026/parameters.json.")
                .completeness(Completeness.OFFICIAL)
                .addAllCorrections(corrections)
                .putPartMaxima(PartCode.A, 40).putPartMaxima(PartCode.B, 25).putPartMaxima(PartCode.C, 35)
                .addAllBands(BANDS)
                .addAllSheets(sheets)
                .addAllParameters(parameters)
                .build();
    }

    // ------------------------------------------------------------------ sheets

    private static CriteriaSheet sheet(JsonNode s, List<String> sourceNotes, boolean transcribed) {
        int number = s.path("sheet").intValue();
        CriteriaSheet.Builder b = CriteriaSheet.builder()
                .number(number)
                .name(LocalizedText.of(reqText(s, "name_vi"), reqText(s, "name_en")))
                .maxPoints(s.path("max_points").intValue())
                .addAllDisqualifiers(strings(s, "disqualifiers_vi"))
                .addAllNotes(strings(s, "notes_vi"))
                .addAllSourceNotes(sourceNotes);
        // the story condition as data: 26/2026 only, and only where 5.1's first option says "no story"
        Optional<String> story = transcribed ? Optional.empty() : storyCriterion(s);
        List<SheetPart> parts = new ArrayList<>();
        for (JsonNode p : s.path("parts")) {
            SheetPart.Builder pb = SheetPart.builder()
                    .code(PartCode.valueOf(reqText(p, "code")))
                    .name(LocalizedText.of(reqText(p, "name_vi"), reqText(p, "name_en")))
                    .maxPoints(p.path("max_points").intValue())
                    .addAllSourceNotes(strings(p, "source_notes"));
            optText(p, "heading_vi").ifPresent(pb::heading);
            for (JsonNode g : p.path("groups")) {
                pb.addGroup(group(g, story));
            }
            parts.add(pb.build());
        }
        b.addAllParts(parts);
        List<String> failures = SheetChecks.failures(s.path("max_points").intValue(), parts);
        if (!failures.isEmpty()) {
            if (!transcribed) {
                throw new IllegalStateException("sheet " + number + " of an official rulebook fails: " + failures);
            }
            b.incompleteReason("The transcribed sheet fails its arithmetic (data/qd-148-2023/VALIDATION.md); "
                    + "values are kept as transcribed, not corrected (no source gives the missing values): " + String.join("; ", failures) + ".");
        }
        return b.build();
    }

    /**
     * @param s a 26/2026 source sheet
     * @return {@value #STORY_CRITERION} if the sheet has that criterion and its first option reads exactly
     *     {@value #NO_STORY}
     */
    private static Optional<String> storyCriterion(JsonNode s) {
        for (JsonNode p : s.path("parts")) {
            for (JsonNode g : p.path("groups")) {
                for (JsonNode c : g.path("criteria")) {
                    if (STORY_CRITERION.equals(c.path("code").asText())) {
                        return NO_STORY.equals(c.path("options").path(0).path("text_vi").asText())
                                ? Optional.of(STORY_CRITERION) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static CriterionGroup group(JsonNode g, Optional<String> story) {
        CriterionGroup.Builder b = CriterionGroup.builder()
                .code(reqText(g, "code"))
                .name(LocalizedText.of(reqText(g, "name_vi"), reqText(g, "name_en")))
                .maxPoints(g.path("max_points").intValue())
                .addAllSourceNotes(strings(g, "source_notes"));
        optText(g, "description_vi").ifPresent(b::description);
        optText(g, "printed_max").ifPresent(b::printedMax);
        knockout(g).ifPresent(b::knockout);
        for (JsonNode c : g.path("criteria")) {
            b.addCriteria(criterion(c, story));
        }
        return b.build();
    }

    /**
     * @param story the criterion a {@link #STORY_CONDITION} requires on this sheet, if the sheet states it
     */
    private static Criterion criterion(JsonNode c, Optional<String> story) {
        String code = reqText(c, "code");
        Optional<String> label = optText(c, "label_vi");
        String nameVi = c.path("name_vi").asText("");
        LocalizedText name;
        if (nameVi.isBlank()) {
            String printed = label.orElseThrow(() -> new IllegalStateException("criterion " + code + " has neither name nor label"));
            name = LocalizedText.of(printed, printed + " (no name in the transcription)");
        } else {
            name = LocalizedText.of(nameVi, reqText(c, "name_en"));
        }
        CriterionKind kind = CriterionKind.valueOf(reqText(c, "kind").toUpperCase(java.util.Locale.ROOT));
        Criterion.Builder b = Criterion.builder()
                .code(code)
                .name(name)
                .kind(kind)
                .implicit(c.path("implicit").asBoolean(false))
                .addAllNotes(strings(c, "notes_vi"))
                .addAllSourceNotes(strings(c, "source_notes"));
        JsonNode max = c.get("max_points");
        if (max == null || max.isNull()) {
            // 148 only: blank maximum; 0 stands for "none printed" (see the class documentation)
            b.maxPoints(0);
            b.printedMax(c.path("printed_max").asText(""));
        } else {
            b.maxPoints(max.intValue());
            optText(c, "printed_max").ifPresent(b::printedMax);
        }
        label.ifPresent(b::label);
        optText(c, "description_vi").ifPresent(b::description);
        Optional<String> condition = optText(c, "condition_vi");
        condition.map(LocalizedText::of).ifPresent(b::condition);
        if (condition.filter(STORY_CONDITION::equals).isPresent() && kind == CriterionKind.CONDITIONAL) {
            story.ifPresent(b::requiredCriterion);
        }
        optText(c, "selection_rule_vi").map(LocalizedText::of).ifPresent(b::selectionRule);
        knockout(c).ifPresent(b::knockout);
        minStar(c).ifPresent(b::minStar);
        for (JsonNode o : c.path("options")) {
            b.addOption(option(o));
        }
        for (JsonNode sub : c.path("sub_criteria")) {
            b.addSubCriteria(criterion(sub, story));
        }
        for (JsonNode a : c.path("alternatives")) {
            Alternative.Builder ab = Alternative.builder().label(LocalizedText.of(reqText(a, "label_vi")));
            for (JsonNode o : a.path("options")) {
                ab.addOption(option(o));
            }
            JsonNode caseMax = a.get("max_points");
            if (caseMax != null && !caseMax.isNull()) {
                ab.printedMax(caseMax.intValue());
            }
            b.addAlternative(ab.build());
        }
        return b.build();
    }

    private static CriterionOption option(JsonNode o) {
        String vi = reqText(o, "text_vi");
        CriterionOption.Builder b = CriterionOption.builder()
                .text(optText(o, "text_en").map(en -> LocalizedText.of(vi, en)).orElseGet(() -> LocalizedText.of(vi)));
        JsonNode points = o.get("points");
        if (points == null || points.isNull()) {
            b.points(0).pointsKnown(false);
        } else {
            b.points(points.intValue());
        }
        optText(o, "printed").ifPresent(b::printed);
        minStar(o).ifPresent(b::minStar);
        return b.build();
    }

    private static Optional<Knockout> knockout(JsonNode n) {
        return optText(n, "knockout_vi").map(text -> Knockout.of(LocalizedText.of(text),
                KnockoutEffect.valueOf(reqText(n, "knockout_effect").toUpperCase(java.util.Locale.ROOT))));
    }

    private static Optional<StarRating> minStar(JsonNode n) {
        JsonNode s = n.get("min_star");
        return s == null || s.isNull() ? Optional.empty() : Optional.of(StarRating.of(s.intValue()));
    }

    // ------------------------------------------------------------------ corrections (26/2026)

    private static void collectCorrections(JsonNode s, Map<String, Deque<String>> reasons, Map<String, String> confidences,
            List<Correction> out) {
        int number = s.path("sheet").intValue();
        for (JsonNode p : s.path("parts")) {
            for (JsonNode g : p.path("groups")) {
                String group = "sheet " + number + " / group " + g.path("code").asText();
                optText(g, "printed_max").ifPresent(printed -> out.add(correction(group + " / maximum", printed,
                        g.path("max_points").asText(), number, reasons, confidences)));
                for (JsonNode c : g.path("criteria")) {
                    criterionCorrections(group, c, number, reasons, confidences, out);
                }
            }
        }
    }

    private static void criterionCorrections(String where, JsonNode c, int number, Map<String, Deque<String>> reasons,
            Map<String, String> confidences, List<Correction> out) {
        String criterion = where + " / criterion " + c.path("code").asText();
        // a group's printed maximum is repeated on its implicit criterion: one correction, on the group
        if (c.has("printed_max") && !c.path("implicit").asBoolean(false)) {
            out.add(correction(criterion + " / maximum", c.path("printed_max").asText(), c.path("max_points").asText(),
                    number, reasons, confidences));
        }
        int i = 1;
        for (JsonNode o : c.path("options")) {
            int index = i++;
            optText(o, "printed").ifPresent(printed -> out.add(correction(criterion + " / option " + index, printed,
                    o.path("points").asText(), number, reasons, confidences)));
        }
        for (JsonNode sub : c.path("sub_criteria")) {
            criterionCorrections(where, sub, number, reasons, confidences, out);
        }
    }

    private static Correction correction(String location, String printed, String used, int sheet,
            Map<String, Deque<String>> reasons, Map<String, String> confidences) {
        String key = sheet + "|" + used;
        String reason = reasons.getOrDefault(key, new ArrayDeque<>()).poll();
        if (reason == null) {
            throw new IllegalStateException("no row for " + location + " (used " + used + ") in VALIDATION.md's corrections");
        }
        Correction.Builder b = Correction.builder().location(location).printed(printed).used(used).reason(reason);
        Optional.ofNullable(confidences.get(key)).ifPresent(b::confidence);
        return b.build();
    }

    /** Every row of the corrections table was used by exactly one correction carried by the sheets. */
    private static void checkEveryRowUsed(Map<String, Deque<String>> reasons, List<Correction> corrections) {
        reasons.forEach((key, left) -> {
            if (!left.isEmpty()) {
                throw new IllegalStateException("VALIDATION.md lists a correction (sheet|used " + key + ") that no sheet "
                        + "carries; the sheets carry " + corrections.size());
            }
        });
    }

    /** Like {@link #correctionTable}, keeping every row: one queue of values per key, in printed order. */
    private static Map<String, Deque<String>> correctionRows(String markdown, String heading, int column) {
        Map<String, Deque<String>> rows = new LinkedHashMap<>();
        table(markdown, heading, column, (key, value) -> rows.computeIfAbsent(key, k -> new ArrayDeque<>()).add(value));
        return rows;
    }

    /**
     * Reads a markdown correction table: rows {@code | sheet(s) | where | printed | used | column |} after
     * {@code heading}, keyed by "sheet|used" for every sheet listed in the first column.
     */
    private static Map<String, String> correctionTable(String markdown, String heading, int column) {
        Map<String, String> rows = new LinkedHashMap<>();
        table(markdown, heading, column, rows::put);
        return rows;
    }

    private static void table(String markdown, String heading, int column, BiConsumer<String, String> row) {
        int start = markdown.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("no section '" + heading + "'");
        }
        boolean inTable = false;
        for (String line : markdown.substring(start).split("\n")) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            if (!cells[0].trim().matches("[0-9, ]+")) {
                continue; // header or separator
            }
            for (String sheet : cells[0].trim().split(",\\s*")) {
                row.accept(sheet + "|" + cells[3].trim(), cells[column].trim());
            }
        }
    }

    // ------------------------------------------------------------------ legal parameters

    /**
     * Reads {@code parameters.json}: {@code {"rulebook": id, "about": text, "parameters": [entry…]}}, each entry
     * with the fields of {@link LegalParameter}.
     */
    private static List<LegalParameter> parameters(Path dir, String id) {
        Path file = dir.resolve("parameters.json");
        JsonNode doc;
        try {
            doc = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (!id.equals(doc.path("rulebook").asText())) {
            throw new IllegalStateException(file + " holds the parameters of " + doc.path("rulebook"));
        }
        List<LegalParameter> out = new ArrayList<>();
        for (JsonNode p : doc.path("parameters")) {
            LegalParameter.Builder b = LegalParameter.builder()
                    .name(ParameterName.valueOf(reqText(p, "name")))
                    .decision(reqText(p, "decision"));
            optText(p, "from").map(LocalDate::parse).ifPresent(b::from);
            optText(p, "to").map(LocalDate::parse).ifPresent(b::to);
            optText(p, "value").ifPresent(b::value);
            optText(p, "unknownReason").ifPresent(b::unknownReason);
            optText(p, "article").ifPresent(b::article);
            optText(p, "clause").ifPresent(b::clause);
            optText(p, "point").ifPresent(b::point);
            optText(p, "annex").ifPresent(b::annex);
            optText(p, "note").ifPresent(b::note);
            out.add(b.build());
        }
        return out;
    }

    private static LocalDate lastDay(List<LegalParameter> parameters) {
        return parameters.stream().filter(p -> p.getName() == ParameterName.LAST_DAY).findFirst()
                .orElseThrow(() -> new IllegalStateException("no LAST_DAY parameter")).asDate();
    }

    // ------------------------------------------------------------------ reading

    private static JsonNode readSheet(Path dir, int n) {
        Path file = dir.resolve(String.format("sheets/sheet-%02d.json", n));
        try {
            JsonNode s = MAPPER.readTree(file.toFile());
            if (s.path("sheet").intValue() != n) {
                throw new IllegalStateException(file + " holds sheet " + s.path("sheet"));
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reqText(JsonNode n, String field) {
        return optText(n, field).orElseThrow(() -> new IllegalStateException("missing '" + field + "' in "
                + n.toString().substring(0, Math.min(100, n.toString().length()))));
    }

    private static Optional<String> optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
