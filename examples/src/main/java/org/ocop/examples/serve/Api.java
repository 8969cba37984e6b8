package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.cli.Backend;
import org.ocop.examples.cli.InvalidInputException;
import org.ocop.examples.cli.Templates;
import org.ocop.examples.registry.HtmlReport;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.examples.registry.RegistryFiles;
import org.ocop.examples.registry.ReportText;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.SheetText;
import org.ocop.examples.text.Words;
import org.ocop.json.DocumentType;
import org.ocop.json.OcopJson;
import org.ocop.core.LocalizedText;
import org.ocop.json.OcopJsonException;
import org.ocop.scoring.diff.RuleDiff;
import org.ocop.scoring.diff.SheetDiff;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.report.Registry;

/**
 * The endpoints of {@code ocop serve}. Each one calls the library and the command line's building blocks
 * ({@link Backend}, the text renderings, the registry reader) and answers their documents; errors become
 * {@link Problem} documents. It holds no state between requests.
 */
final class Api {

    private static final Logger LOG = Logger.getLogger(Api.class.getName());
    /** The name of a request's document in messages: never a path of the server's file system. */
    static final String BODY = "request body";

    private static final ObjectMapper JSON = OcopJson.mapper();
    private static final ObjectWriter COMPACT = JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Catalogue catalogue;

    /** @param catalogue the rulebooks to score under */
    Api(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Answers one request.
     *
     * @param x the request
     * @throws IOException if the client cannot be read or written (gone, or timed out by the server)
     */
    void answer(Exchange x) throws IOException {
        List<String> p = x.segments();
        String first = p.isEmpty() ? "" : p.get(0);
        if (p.size() == 1 && first.equals("health")) {
            get(x);
            x.sendJson(200, JsonNodeFactory.instance.objectNode().put("status", "UP"));
        } else if (p.size() == 1 && first.equals("openapi.json")) {
            get(x);
            x.send(200, "application/json", resource("openapi.json"));
        } else if (p.size() == 2 && first.equals("schemas")) {
            get(x);
            schema(x, p.get(1));
        } else if (p.size() >= 2 && first.equals("v1")) {
            v1(x, p.subList(1, p.size()));
        } else {
            throw notFound();
        }
    }

    private void v1(Exchange x, List<String> p) throws IOException {
        String head = p.get(0);
        if (p.size() == 1) {
            switch (head) {
                case "score" -> score(post(x, true), x);
                case "explain" -> explain(post(x, false), x);
                case "validate" -> validate(post(x, false), x);
                case "report" -> report(post(x, false), x);
                case "rulebooks" -> {
                    get(x);
                    rulebooks(x);
                }
                default -> throw notFound();
            }
            return;
        }
        if (!head.equals("rulebooks")) {
            throw notFound();
        }
        Rulebook rb = rulebook(p.get(1));
        if (p.size() == 2) {
            get(x);
            x.send(200, "application/json", (OcopJson.write(rb) + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (p.size() == 4 && p.get(2).equals("sheets")) {
            get(x);
            sheet(x, rb, sheet(rb, p.get(3)));
        } else if (p.size() == 5 && p.get(2).equals("sheets") && p.get(4).equals("template")) {
            get(x);
            template(x, rb, sheet(rb, p.get(3)));
        } else if (p.size() == 6 && p.get(2).equals("diff") && p.get(4).equals("sheets")) {
            get(x);
            Rulebook other = rulebook(p.get(3));
            diff(x, rb, other, p.get(5));
        } else {
            throw notFound();
        }
    }

    // ----------------------------------------------------------------------------------------------- POST

    private void score(byte[] body, Exchange x) throws IOException {
        Optional<String> forced = forcedRulebook(x);
        ScoringPolicy policy = policy(x);
        Words w = Words.of(x.locale());
        if (!x.isJsonLines() && !isArray(body)) {
            // the common case: read once, score, write the result document directly with its length
            x.sendDocument(200, Backend.score(catalogue.read(BODY, body, forced, w), policy, w));
            return;
        }
        boolean lines = x.isJsonLines();
        Exchange.Body out = new Exchange.Body();
        if (!lines) {
            out.write('[');
        }
        // the library reads the batch: an element it cannot read fails the whole request (400, pointer /i/...);
        // an element read but refused by scoring gets its error object, as in the command line's batch output
        try (Stream<Evaluation> docs = OcopJson.readAll(new ByteArrayInputStream(body), Evaluation.class)) {
            Iterator<Evaluation> it = docs.iterator();
            for (int i = 0; it.hasNext(); i++) {
                Evaluation ev = it.next();
                String source = ITEM + i;
                if (!lines && i > 0) {
                    out.write(',');
                }
                try {
                    ScoreResult result = Backend.score(catalogue.read(source, ev, forced, w), policy, w);
                    if (lines) {
                        OcopJson.writeAll(List.of(result), out, OcopJson.Bulk.JSON_LINES);
                    } else {
                        OcopJson.write(result, out);
                    }
                } catch (InvalidInputException e) {
                    ObjectNode error = (ObjectNode) Backend.errorNode(source, e);
                    error.put("message", catalogue.scrub(error.path("message").asText()));
                    (lines ? COMPACT : JSON.writer()).writeValue(out, error);
                    out.write('\n');
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException(e.getCause());
        }
        if (!lines) {
            out.write(']');
            out.write('\n');
        }
        x.send(200, lines ? "application/x-ndjson" : "application/json", out);
    }

    /** The name of a batch's element in error objects: {@code item 0}, {@code item 1}, … (the library's index). */
    static final String ITEM = "item ";

    /**
     * @param json a body
     * @return whether its first significant byte opens an array (after blanks and a UTF-8 byte order mark)
     */
    private static boolean isArray(byte[] json) {
        int i = json.length >= 3 && (json[0] & 0xff) == 0xef && (json[1] & 0xff) == 0xbb && (json[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n')) {
            i++;
        }
        return i < json.length && json[i] == '[';
    }

    private Optional<String> forcedRulebook(Exchange x) {
        Optional<String> id = x.param("rulebook");
        if (id.isPresent() && catalogue.byId(id.get()).isEmpty()) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "Không có bộ tiêu chí '" + id.get() + "'.",
                    "There is no rulebook '" + id.get() + "'.");
        }
        return id;
    }

    private void explain(byte[] body, Exchange x) throws IOException {
        Optional<String> forced = forcedRulebook(x);
        ScoringPolicy policy = policy(x);
        Words w = Words.of(x.locale());
        Backend.Read read = catalogue.read(BODY, body, forced, w);
        ScoreResult result = Backend.score(read, policy, w);
        Evaluation ev = read.evaluation();
        String text = ResultText.explain(ev, Backend.sheetOf(read.choice().rulebook(), ev.getSheetNumber()), result,
                catalogue.scrub(read.choice().describe(w)), w);
        if (x.prefers("text/plain")) {
            x.send(200, "text/plain", text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.set("result", Backend.resultNode(result));
        doc.put("explanation", text);
        x.sendJson(200, doc);
    }

    private void validate(byte[] body, Exchange x) throws IOException {
        String type = peekType(body);
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("valid", true);
        if (DocumentType.REGISTRY.code().equals(type)) {
            RegistryRecords doc = RegistryFiles.read(BODY, new ByteArrayInputStream(body));
            RegistryFiles.toRegistry(BODY, doc);
            answer.put("type", type).put("products", doc.getProducts().size()).put("producers", doc.getProducers().size());
        } else if (DocumentType.EVALUATION.code().equals(type)) {
            // as the command line: read as `ocop validate` reads it (a template still to fill in is refused with
            // its pointer), then scored, so that validation refuses what scoring would
            Words w = Words.of(x.locale());
            Backend.Read read = catalogue.readChecked(BODY, body, w);
            Backend.score(read, ScoringPolicy.standard(), w);
            answer.put("type", type).put("rulebookId", read.choice().rulebook().getId())
                    .put("sheetNumber", read.evaluation().getSheetNumber())
                    .put("members", read.evaluation().getMemberScores().size());
        } else {
            Object value = OcopJson.readAny(body);
            answer.put("type", DocumentType.of(value.getClass()).map(DocumentType::code).orElse(type));
            if (value instanceof Rulebook) {
                answer.put("id", ((Rulebook) value).getId()).put("sheets", ((Rulebook) value).getSheets().size());
            }
        }
        x.sendJson(200, answer);
    }

    private static String peekType(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.path("type").isTextual() ? node.path("type").asText() : "";
        } catch (IOException e) {
            return ""; // the library reports the syntax error with its pointer
        }
    }

    private void report(byte[] body, Exchange x) throws IOException {
        RegistryRecords doc = RegistryFiles.read(BODY, new ByteArrayInputStream(body));
        LocalDate day = x.param("on").map(Api::date).orElseGet(() -> doc.getReportOn().orElseGet(LocalDate::now));
        String name = doc.getName().orElse(BODY);
        Registry registry = RegistryFiles.toRegistry(BODY, doc);
        RegistryReport report = registry.reportOn(day);
        if (x.prefers("text/html")) {
            LocalDate[] quarter = ReportText.nextQuarter(day);
            String page = HtmlReport.render(name, report, registry.enteringReEvaluationWindow(quarter[0],
                    quarter[1]), Words.of(x.locale()));
            x.send(200, "text/html", page.getBytes(StandardCharsets.UTF_8));
        } else {
            x.sendJson(200, ReportView.json(name, report));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "Tham số on phải là một ngày YYYY-MM-DD.",
                    "The parameter on is a day, YYYY-MM-DD.");
        }
    }

    // ------------------------------------------------------------------------------------------------ GET

    private void rulebooks(Exchange x) throws IOException {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Rulebook rb : catalogue.all()) {
            ObjectNode row = out.addObject().put("id", rb.getId()).put("legalReference", rb.getLegalReference())
                    .put("effectiveFrom", rb.getEffectiveFrom().toString());
            rb.getEffectiveTo().ifPresent(to -> row.put("effectiveTo", to.toString()));
            row.put("completeness", rb.getCompleteness().name());
            ArrayNode sheets = row.putArray("sheets");
            rb.getSheets().forEach(s -> sheets.add(s.getNumber()));
            row.put("corrections", rb.getCorrections().size());
        }
        x.sendJson(200, out);
    }

    private void sheet(Exchange x, Rulebook rb, CriteriaSheet sheet) throws IOException {
        if (x.prefers("text/plain")) {
            x.send(200, "text/plain", SheetText.outline(rb.getId(), sheet, Words.of(x.locale()))
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            x.send(200, "application/json", (Backend.sheetJson(rb, sheet) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The blank evaluation of {@code ocop template} (one member), from the command line's {@link Templates}. */
    private void template(Exchange x, Rulebook rb, CriteriaSheet sheet) throws IOException {
        if (!catalogue.isShipped(rb.getId())) {
            throw Problem.of(Problem.Kind.NOT_FOUND, "Chỉ có mẫu cho các bộ tiêu chí đi kèm thư viện.",
                    "Templates exist for the rulebooks shipped with the library only.");
        }
        x.send(200, "application/json", (Templates.blankEvaluation(rb, sheet, Templates.ONE_MEMBER) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void diff(Exchange x, Rulebook older, Rulebook newer, String sheetText) throws IOException {
        CriteriaSheet from = sheet(older, sheetText);
        CriteriaSheet to = sheet(newer, sheetText);
        if (x.prefers("text/plain")) {
            x.send(200, "text/plain", Backend.diff(older, newer, from.getNumber(), Words.of(x.locale()))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        SheetDiff diff = RuleDiff.compare(older.getId(), from, newer.getId(), to);
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("fromRulebook", diff.getFromRulebook()).put("toRulebook", diff.getToRulebook())
                .put("sheetNumber", diff.getSheetNumber());
        doc.set("added", JSON.valueToTree(diff.getAdded()));
        doc.set("removed", JSON.valueToTree(diff.getRemoved()));
        doc.set("changed", JSON.valueToTree(diff.getChanged()));
        x.sendJson(200, doc);
    }

    private void schema(Exchange x, String file) throws IOException {
        String suffix = ".schema.json";
        Optional<DocumentType> type = file.endsWith(suffix)
                ? DocumentType.ofCode(file.substring(0, file.length() - suffix.length())) : Optional.empty();
        if (type.isEmpty()) {
            throw notFound();
        }
        try (InputStream in = DocumentType.class.getClassLoader().getResourceAsStream(type.get().schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("schema missing from ocop-json: " + type.get());
            }
            x.send(200, "application/schema+json", in.readAllBytes());
        }
    }

    // -------------------------------------------------------------------------------------------- helpers

    private Rulebook rulebook(String id) {
        return catalogue.byId(id).orElseThrow(() -> Problem.of(Problem.Kind.NOT_FOUND,
                "Không có bộ tiêu chí '" + id + "'.", "There is no rulebook '" + id + "'."));
    }

    private static CriteriaSheet sheet(Rulebook rb, String number) {
        Supplier<Problem> missing = () -> Problem.of(Problem.Kind.NOT_FOUND,
                "Bộ tiêu chí " + rb.getId() + " không có phiếu '" + number + "'.",
                "Rulebook " + rb.getId() + " has no sheet '" + number + "'.");
        if (!number.matches("[0-9]{1,2}")) {
            throw missing.get();
        }
        try {
            return Backend.sheetOf(rb, Integer.parseInt(number));
        } catch (InvalidInputException e) {
            throw missing.get();
        }
    }

    private static ScoringPolicy policy(Exchange x) {
        return PolicyQuery.policy(PolicyQuery.options(x.params("policy")));
    }

    private static void get(Exchange x) {
        if (!x.method().equals("GET")) {
            throw Problem.methodNotAllowed("GET");
        }
    }

    private static byte[] post(Exchange x, boolean lines) throws IOException {
        if (!x.method().equals("POST")) {
            throw Problem.methodNotAllowed("POST");
        }
        return x.body(lines);
    }

    private static Problem notFound() {
        return Problem.of(Problem.Kind.NOT_FOUND, "Không có tài nguyên này; xem /openapi.json.",
                "No such resource; see /openapi.json.");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return in.readAllBytes();
        }
    }

    /**
     * @param e invalid input reported by the command line's building blocks
     * @return the 400 problem, with every JSON pointer the library reported
     */
    Problem problem(InvalidInputException e) {
        LocalizedText detail = both(e.message(VIETNAMESE), e.getMessage());
        if (e.getCause() instanceof OcopJsonException) {
            return Problem.invalid(detail, items((OcopJsonException) e.getCause()));
        }
        return Problem.invalid(detail, List.of(new Problem.Item(e.pointer(), detail)));
    }

    /**
     * @param e a document the library could not read
     * @return the 400 problem, with every JSON pointer the library reported
     */
    Problem problem(OcopJsonException e) {
        return Problem.invalid(both(e.text(VIETNAMESE), e.getMessage()), items(e));
    }

    private List<Problem.Item> items(OcopJsonException e) {
        if (e.getReason().isPresent()) { // one problem of the reading itself: its text exists in both languages
            return List.of(new Problem.Item(e.getPointer(), both(e.problemText(VIETNAMESE), e.problemText(Locale.ROOT))));
        }
        return e.getProblems().stream()
                .map(v -> new Problem.Item(v.getPath(), LocalizedText.of(catalogue.scrub(v.getMessage())))).toList();
    }

    /** The library's text in Vietnamese and English, with the server's file paths scrubbed. */
    private LocalizedText both(String vi, String en) {
        return LocalizedText.of(catalogue.scrub(vi), catalogue.scrub(en));
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * @param x the request
     * @param e an unexpected failure: logged here, answered as a bare 500
     * @return the problem to answer
     */
    static Problem internal(Exchange x, RuntimeException e) {
        LOG.log(Level.WARNING, "ocop serve: " + x.method() + " " + x.path() + " failed", e);
        return Problem.of(Problem.Kind.INTERNAL, "Dịch vụ gặp lỗi; chi tiết nằm trong nhật ký của máy chủ.",
                "The service failed; the details are in the server's log.");
    }
}
