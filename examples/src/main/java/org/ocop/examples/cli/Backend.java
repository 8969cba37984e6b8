package org.ocop.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.ocop.core.OcopValidationException;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.registry.RegistryDocument;
import org.ocop.examples.registry.RegistryFiles;
import org.ocop.examples.registry.ReportText;
import org.ocop.examples.text.DiffText;
import org.ocop.examples.text.ResultText;
import org.ocop.json.DocumentType;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopJsonException;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.ScoringException;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.diff.RuleDiff;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The one place where the command line calls the library (ocop-json, ocop-scoring) and turns its errors
 * into {@link InvalidInputException}s that name the file and the JSON pointer.
 */
public final class Backend {

    private Backend() {}

    /** @return every rulebook of the catalogue, oldest first */
    public static List<Rulebook> rulebooks() {
        return Rulebooks.all();
    }

    /**
     * @param id a rulebook id
     * @return the rulebook
     * @throws InvalidInputException if no rulebook has that id
     */
    public static Rulebook rulebook(String id) {
        return Rulebooks.byId(id).orElseThrow(() -> new InvalidInputException("RULEBOOK", "no rulebook '" + id
                + "'; known: " + Rulebooks.all().stream().map(Rulebook::getId).collect(Collectors.joining(", "))));
    }

    /**
     * @param evaluation an evaluation
     * @param source where it came from, for messages
     * @return the rulebook it names, or the one in force on its submission date
     */
    public static Rulebook rulebookFor(Evaluation evaluation, String source) {
        if (evaluation.getRulebookId().isPresent()) {
            String id = evaluation.getRulebookId().get();
            return Rulebooks.byId(id).orElseThrow(() -> new InvalidInputException(source, "/rulebookId",
                    "no rulebook '" + id + "' is shipped with the library", null));
        }
        try {
            return Rulebooks.forSubmission(evaluation.getSubmittedOn(), evaluation.getType(),
                    evaluation.getEvaluatedOn().orElse(evaluation.getSubmittedOn()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, "/submittedOn", e.getMessage(), e);
        }
    }

    /**
     * @param rulebook a rulebook
     * @param number a sheet number
     * @return the sheet
     * @throws InvalidInputException if the rulebook has no criteria for that sheet
     */
    public static CriteriaSheet sheetOf(Rulebook rulebook, int number) {
        if (number < 1 || number > 26) {
            throw new InvalidInputException("SHEET", "OCOP sheets are numbered 1 to 26, got " + number);
        }
        return rulebook.sheet(number).orElseThrow(() -> new InvalidInputException("SHEET", "rulebook "
                + rulebook.getId() + " has no criteria for sheet " + number + " (" + rulebook.getCompleteness() + ")"));
    }

    /**
     * @param file an evaluation document
     * @return the evaluation
     * @throws InvalidInputException if it cannot be read, does not parse or breaks a rule
     */
    public static Evaluation readEvaluation(Path file) {
        return readEvaluation(file.toString(), bytes(file));
    }

    /**
     * @param source the document's name, for messages
     * @param in the document
     * @return the evaluation
     * @throws InvalidInputException if it does not parse or breaks a rule
     */
    public static Evaluation readEvaluation(String source, InputStream in) {
        try {
            return readEvaluation(source, in.readAllBytes());
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot read: " + e.getMessage(), e);
        }
    }

    private static Evaluation readEvaluation(String source, byte[] json) {
        try {
            Evaluation ev = OcopJson.read(json, Evaluation.class);
            Rulebook rb = rulebookFor(ev, source);
            if (rb.sheet(ev.getSheetNumber()).isEmpty()) {
                return ev; // a totals-only rulebook: the engine says why it cannot score criteria
            }
            return OcopJson.readEvaluation(json, rb);
        } catch (OcopJsonException e) {
            throw invalid(source, e);
        }
    }

    /**
     * @param file a file
     * @return its bytes
     * @throws InvalidInputException if it cannot be read
     */
    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param source the document at fault
     * @param e the reader's exception
     * @return one exception naming its JSON pointer and counting the other problems
     */
    static InvalidInputException invalid(String source, OcopJsonException e) {
        int more = e.getProblems().size() - 1;
        return new InvalidInputException(source, e.getPointer(), firstLine(e.getMessage())
                + (more > 0 ? " (and " + more + " more problems)" : ""), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * @param rulebook the rulebook
     * @param evaluation the evaluation
     * @param source where the evaluation came from, for messages
     * @return the result
     * @throws InvalidInputException if the choices do not fit the sheet
     */
    public static ScoreResult score(Rulebook rulebook, Evaluation evaluation, String source) {
        return score(rulebook, evaluation, source, ScoringPolicy.standard());
    }

    /**
     * @param rulebook the rulebook
     * @param evaluation the evaluation
     * @param source where the evaluation came from, for messages
     * @param policy the configurable decisions to apply
     * @return the result
     * @throws InvalidInputException if the choices do not fit the sheet or the rulebook cannot score them
     */
    public static ScoreResult score(Rulebook rulebook, Evaluation evaluation, String source, ScoringPolicy policy) {
        try {
            return ScoringEngine.with(policy).score(rulebook, evaluation);
        } catch (OcopValidationException e) {
            throw invalid(source, e);
        } catch (ScoringException e) {
            throw new InvalidInputException(source, "", e.getMessage(), e);
        }
    }

    /**
     * @param source the document at fault
     * @param e its violations
     * @return one exception naming the first violation's JSON pointer and counting the others
     */
    static InvalidInputException invalid(String source, OcopValidationException e) {
        List<Violation> all = e.getViolations();
        if (all.isEmpty()) {
            return new InvalidInputException(source, "", e.getMessage(), e);
        }
        Violation first = all.get(0);
        String more = all.size() > 1 ? " (and " + (all.size() - 1) + " more problems)" : "";
        return new InvalidInputException(source, pointer(first.path()), first.message() + more, e);
    }

    /**
     * @param path a property path such as {@code memberScores[2].choices[1.3]}
     * @return the JSON pointer, e.g. {@code /memberScores/2/choices/1.3}
     */
    static String pointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        if (path.startsWith("/")) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '.' || ch == '[') {
                flush(out, token);
                if (ch == '[') {
                    int end = path.indexOf(']', i);
                    token.append(path, i + 1, end < 0 ? path.length() : end);
                    flush(out, token);
                    i = end < 0 ? path.length() : end;
                }
            } else {
                token.append(ch);
            }
        }
        flush(out, token);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder token) {
        if (token.length() > 0) {
            out.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
            token.setLength(0);
        }
    }

    /**
     * @param result a result
     * @return its JSON document, with {@code stars} always present ({@code null} when disqualified)
     */
    public static String resultJson(ScoreResult result) {
        return pretty(node(result));
    }

    /**
     * The ScoreResult document of ocop-json, with {@code stars} always present: ocop-json omits absent
     * values, so a disqualified result (no rank) gets an explicit {@code "stars": null}.
     */
    private static ObjectNode node(ScoreResult result) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(OcopJson.write(result));
            if (!doc.has("stars")) {
                ObjectNode ordered = JSON.createObjectNode();
                boolean placed = false;
                for (var it = doc.fields(); it.hasNext();) {
                    var field = it.next();
                    boolean header = field.getKey().equals("ocopFormat") || field.getKey().equals("type");
                    if (!placed && !header && field.getKey().compareTo("stars") > 0) {
                        ordered.putNull("stars");
                        placed = true;
                    }
                    ordered.set(field.getKey(), field.getValue());
                }
                if (!placed) {
                    ordered.putNull("stars");
                }
                doc = ordered;
            }
            return doc;
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read a written result", e);
        }
    }

    /**
     * @param results results
     * @return a JSON array of their documents
     */
    public static String resultsJson(List<ScoreResult> results) {
        ArrayNode array = JSON.createArrayNode();
        results.forEach(r -> array.add(node(r)));
        return pretty(array);
    }

    /**
     * @param rulebook the rulebook
     * @param sheet one of its sheets
     * @return the sheet as JSON
     */
    public static String sheetJson(Rulebook rulebook, CriteriaSheet sheet) {
        return OcopJson.write(sheet);
    }

    /**
     * @param older a rulebook
     * @param newer another
     * @param sheet a sheet number
     * @return the differences as text
     */
    public static String diff(Rulebook older, Rulebook newer, int sheet) {
        CriteriaSheet from = sheetOf(older, sheet);
        CriteriaSheet to = sheetOf(newer, sheet);
        return DiffText.render(RuleDiff.compare(older.getId(), from, newer.getId(), to));
    }

    /**
     * @param file a document of any type
     * @return what the document is, e.g. "evaluation of sheet 8, 7 members"
     * @throws InvalidInputException if it is not valid
     */
    public static String validate(Path file) {
        String source = file.toString();
        byte[] json = bytes(file);
        if (RegistryDocument.TYPE.equals(peekType(json))) {
            RegistryDocument doc = RegistryFiles.read(source, new java.io.ByteArrayInputStream(json));
            RegistryFiles.toRegistry(source, doc);
            return "registry of " + doc.products().size() + " products, " + doc.producers().size() + " producers";
        }
        Object value;
        try {
            value = OcopJson.readAny(json);
        } catch (OcopJsonException e) {
            throw invalid(source, e);
        }
        if (value instanceof Evaluation) {
            Evaluation ev = readEvaluation(source, json);
            Rulebook rb = rulebookFor(ev, source);
            return "evaluation of " + ev.getProduct().getName().getVi() + ", sheet " + ev.getSheetNumber() + " of "
                    + rb.getId() + ", " + ev.getMemberScores().size() + " members";
        }
        if (value instanceof Rulebook) {
            Rulebook rb = (Rulebook) value;
            return "rulebook " + rb.getId() + ", " + rb.getSheets().size() + " sheets";
        }
        if (value instanceof ScoreResult) {
            ScoreResult r = (ScoreResult) value;
            return "score result of " + r.getProductId() + ", " + ResultText.stars(r);
        }
        return DocumentType.of(value.getClass()).map(DocumentType::code).orElse(value.getClass().getSimpleName());
    }

    private static String peekType(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.path("type").isTextual() ? node.path("type").asText() : "";
        } catch (IOException e) {
            return ""; // ocop-json reports the syntax error with its pointer
        }
    }

    private static final ObjectMapper JSON = OcopJson.mapper();

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param registry a registry document, or null for the bundled sample
     * @return the report as text
     * @throws InvalidInputException if the registry cannot be read or is inconsistent
     */
    public static String report(Path registry) {
        RegistryDocument doc;
        String source;
        if (registry == null) {
            source = SAMPLE_REGISTRY;
            try (InputStream in = Backend.class.getResourceAsStream(SAMPLE_REGISTRY)) {
                if (in == null) {
                    throw new IllegalStateException("sample registry missing: " + SAMPLE_REGISTRY);
                }
                doc = RegistryFiles.read(source, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            source = registry.toString();
            doc = RegistryFiles.read(source, new java.io.ByteArrayInputStream(bytes(registry)));
        }
        RegistryReport report = RegistryFiles.toRegistry(source, doc).reportOn(doc.reportOn());
        return ReportText.render(doc.name(), report);
    }

    /** The bundled sample registry, on the class path. */
    public static final String SAMPLE_REGISTRY = "/samples/registry/province.json";
}
