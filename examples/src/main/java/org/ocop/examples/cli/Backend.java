package org.ocop.examples.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;

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
        throw pending("the rulebook catalogue");
    }

    /**
     * @param id a rulebook id
     * @return the rulebook
     * @throws InvalidInputException if no rulebook has that id
     */
    public static Rulebook rulebook(String id) {
        throw pending("the rulebook catalogue");
    }

    /**
     * @param evaluation an evaluation
     * @param source where it came from, for messages
     * @return the rulebook it names, or the one in force on its submission date
     */
    public static Rulebook rulebookFor(Evaluation evaluation, String source) {
        throw pending("the rulebook catalogue");
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
        throw pending("the scoring engine");
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
        throw pending("rulebook diffs");
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
     * @param json whether to print JSON
     * @return the report
     */
    public static String report(Path registry, boolean json) {
        throw pending("province reports");
    }
}
