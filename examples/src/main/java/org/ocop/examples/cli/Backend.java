package org.ocop.examples.cli;

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
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.ScoringException;
import org.ocop.scoring.diff.RuleDiff;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The one place where the command line calls the library (ocop-json, ocop-scoring) and turns its errors
 * into {@link InvalidInputException}s that name the file and the JSON pointer.
 */
public final class Backend {

    private Backend() {}

    private static UnsupportedOperationException pending(String what) {
        return new UnsupportedOperationException(what + " is not available yet in this build");
    }

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
        throw pending("reading evaluation documents");
    }

    /**
     * @param source the document's name, for messages
     * @param in the document
     * @return the evaluation
     * @throws InvalidInputException if it does not parse or breaks a rule
     */
    public static Evaluation readEvaluation(String source, InputStream in) {
        throw pending("reading evaluation documents");
    }

    /**
     * @param rulebook the rulebook
     * @param evaluation the evaluation
     * @param source where the evaluation came from, for messages
     * @return the result
     * @throws InvalidInputException if the choices do not fit the sheet
     */
    public static ScoreResult score(Rulebook rulebook, Evaluation evaluation, String source) {
        try {
            return ScoringEngine.standard().score(rulebook, evaluation);
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
        throw pending("writing JSON documents");
    }

    /**
     * @param results results
     * @return a JSON array of their documents
     */
    public static String resultsJson(List<ScoreResult> results) {
        throw pending("writing JSON documents");
    }

    /**
     * @param rulebook the rulebook
     * @param sheet one of its sheets
     * @return the sheet as JSON
     */
    public static String sheetJson(Rulebook rulebook, CriteriaSheet sheet) {
        throw pending("writing JSON documents");
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
        throw pending("validating documents");
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
            try (InputStream in = Files.newInputStream(registry)) {
                doc = RegistryFiles.read(source, in);
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(source, "no such file");
            } catch (IOException e) {
                throw new InvalidInputException(source, "", "cannot read: " + e.getMessage(), e);
            }
        }
        RegistryReport report = RegistryFiles.toRegistry(source, doc).reportOn(doc.reportOn());
        return ReportText.render(doc.name(), report);
    }

    /** The bundled sample registry, on the class path. */
    public static final String SAMPLE_REGISTRY = "/samples/registry/province.json";
}
