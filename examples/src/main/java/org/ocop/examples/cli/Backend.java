package org.ocop.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocop.core.OcopValidationException;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.Completeness;
import org.ocop.core.StarRating;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.examples.registry.RegistryFiles;
import org.ocop.examples.text.DiffText;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.Words;
import org.ocop.json.DocumentType;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopJsonException;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.ScoringException;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.diff.RuleDiff;
import org.ocop.scoring.report.Registry;
import org.ocop.scoring.rulebooks.RulebookCatalogue;
import org.ocop.scoring.rulebooks.RulebookChoice;
import org.ocop.scoring.rulebooks.RulebookException;

/**
 * The one place where the command line calls the library (ocop-json, ocop-scoring) and turns its errors
 * into {@link InvalidInputException}s that name the file and the JSON pointer.
 */
public final class Backend {

    private Backend() {}

    /** Why a rulebook was chosen for an evaluation. */
    public enum Reason {
        /** The document's {@code rulebookId} names it. */
        NAMED_IN_DOCUMENT,
        /** {@code --rulebook ID} names it. */
        NAMED_ON_COMMAND_LINE,
        /** The document names none: the one in force on its submission day (with the transition rule). */
        IN_FORCE_ON_SUBMISSION_DAY
    }

    /**
     * The rulebook an evaluation is scored under, why, and where it came from.
     *
     * @param rulebook the rulebook
     * @param reason why it was chosen
     * @param submittedOn the submission day, when an evaluation is involved
     * @param file the {@code --rulebook-file} it was read from; empty for a shipped rulebook
     * @param warning a warning, e.g. a named rulebook that was not in force on the submission day
     */
    public record Choice(Rulebook rulebook, Reason reason, Optional<LocalDate> submittedOn, Optional<String> file,
            Optional<String> warning) {

        /** @return whether the rulebook is a shipped copy of the official text */
        public boolean official() {
            return file.isEmpty() && rulebook.getCompleteness() == Completeness.OFFICIAL;
        }

        /**
         * @param w the words
         * @return e.g. "QD-148-2023 (in force on the submission day 2026-05-01; transcribed, not the official text)"
         */
        public String describe(Words w) {
            String why = switch (reason) {
                case NAMED_IN_DOCUMENT -> w.t("rulebook.named");
                case NAMED_ON_COMMAND_LINE -> w.t("rulebook.option");
                case IN_FORCE_ON_SUBMISSION_DAY -> w.t("rulebook.byDate", submittedOn.map(Object::toString).orElse(""));
            };
            String what = file.map(f -> w.t("rulebook.fromFile", f))
                    .orElseGet(() -> w.t("rulebook.completeness." + rulebook.getCompleteness().name()));
            return rulebook.getId() + " (" + why + "; " + what + ")";
        }
    }

    /**
     * The rulebooks of one run: the shipped ones, with those read from {@code --rulebook-file} added or
     * replacing a shipped one of the same id. The one place where the command line finds rulebooks, over
     * ocop-scoring's {@link RulebookCatalogue} (which refuses a user rulebook claiming to be official).
     */
    public static final class Catalogue {
        private final RulebookCatalogue library;
        private final Map<String, String> files;

        private Catalogue(RulebookCatalogue library, Map<String, String> files) {
            this.library = library;
            this.files = Map.copyOf(files);
        }

        /** @return the shipped rulebooks only */
        public static Catalogue standard() {
            return new Catalogue(RulebookCatalogue.standard(), Map.of());
        }

        /**
         * @param rulebookFiles rulebook documents ({@code --rulebook-file}), in order; a later one replaces an
         *     earlier one of the same id
         * @param stdin standard input, for {@code -}
         * @return the shipped rulebooks with these added or replacing (ocop-scoring's {@link RulebookCatalogue})
         * @throws InvalidInputException naming the file and JSON pointer of an invalid rulebook, or the file of a
         *     rulebook the catalogue refuses (a user rulebook declares PROVINCIAL or CUSTOM, never OFFICIAL)
         */
        public static Catalogue with(List<String> rulebookFiles, InputStream stdin) {
            RulebookCatalogue.Builder builder = RulebookCatalogue.builder().addAll(RulebookCatalogue.standard());
            Map<String, String> files = new HashMap<>();
            for (String f : rulebookFiles) {
                Inputs.Input in = Inputs.read(f, stdin);
                Rulebook rb;
                try {
                    rb = OcopJson.read(in.bytes(), Rulebook.class);
                } catch (OcopJsonException e) {
                    throw invalid(in.name(), e);
                }
                try {
                    builder.add(rb);
                } catch (RulebookException e) {
                    throw new InvalidInputException(in.name(), "/completeness", e.getMessage(), e);
                }
                files.put(rb.getId(), in.name());
            }
            return new Catalogue(builder.build(), files);
        }

        /** @return the library catalogue behind this one */
        public RulebookCatalogue library() {
            return library;
        }

        /** @return the ids of every rulebook of the run */
        public java.util.Set<String> ids() {
            return java.util.Set.copyOf(library.getIds());
        }

        /** @return every rulebook, shipped ones first (oldest first), then those read from files */
        public List<Rulebook> all() {
            return library.getAll();
        }

        /**
         * @param id a rulebook id
         * @return the file it was read from; empty for a shipped one
         */
        public Optional<String> fileOf(String id) {
            return Optional.ofNullable(files.get(id));
        }

        /**
         * @param id a rulebook id
         * @return the rulebook
         * @throws InvalidInputException if no rulebook has that id
         */
        public Rulebook byId(String id) {
            return library.byId(id).orElseThrow(() -> new InvalidInputException("RULEBOOK", "no rulebook '" + id
                    + "'; known: " + String.join(", ", library.getIds())));
        }

        /**
         * @param id a rulebook id given with {@code --rulebook}
         * @return the choice
         */
        public Choice named(String id) {
            return new Choice(byId(id), Reason.NAMED_ON_COMMAND_LINE, Optional.empty(), fileOf(id), Optional.empty());
        }

        /**
         * @param evaluation an evaluation
         * @param source where it came from, for messages
         * @param w the words of warnings
         * @return the rulebook it names, or the one in force on its submission day, and why
         * @throws InvalidInputException if the named rulebook is unknown or no rulebook was in force
         */
        public Choice forEvaluation(Evaluation evaluation, String source, Words w) {
            LocalDate day = evaluation.getSubmittedOn();
            RulebookChoice chosen;
            try {
                chosen = library.forEvaluation(evaluation); // the library's rule, with 26/2026 Art. 12's transition
            } catch (IllegalArgumentException | org.ocop.core.OcopException e) {
                boolean named = evaluation.getRulebookId().isPresent();
                throw new InvalidInputException(source, named ? "/rulebookId" : "/submittedOn", e.getMessage()
                        + (named ? " (add one with --rulebook-file)" : ""), e);
            }
            String id = chosen.getRulebook().getId();
            if (chosen.getReason() != RulebookChoice.Reason.NAMED) {
                return new Choice(chosen.getRulebook(), Reason.IN_FORCE_ON_SUBMISSION_DAY, Optional.of(day),
                        fileOf(id), Optional.empty());
            }
            Optional<String> warning = Optional.empty();
            if (chosen.isSubmittedOutsideValidity()) {
                String inForce;
                try {
                    inForce = library.forSubmission(day, evaluation.getType(), evaluation.getEvaluatedOn().orElse(day))
                            .getId();
                } catch (IllegalArgumentException | org.ocop.core.OcopException e) {
                    inForce = "—";
                }
                warning = Optional.of(w.t("rulebook.notInForce", id, day.toString(), inForce));
            }
            return new Choice(chosen.getRulebook(), Reason.NAMED_IN_DOCUMENT, Optional.of(day), fileOf(id), warning);
        }

        /**
         * The rulebook of an evaluation read: the one given with {@code --rulebook} (or {@code ?rulebook=}),
         * else {@link #forEvaluation}. The one place where the command line and {@code ocop serve} choose.
         *
         * @param source where the evaluation came from, for messages
         * @param evaluation the evaluation
         * @param rulebookId the rulebook the caller names, if any
         * @param w the words of warnings
         * @return the evaluation with its rulebook and why
         * @throws InvalidInputException if the rulebook is unknown or none was in force
         */
        public Read read(String source, Evaluation evaluation, Optional<String> rulebookId, Words w) {
            return new Read(source, evaluation, rulebookId.isPresent() ? named(rulebookId.get())
                    : forEvaluation(evaluation, source, w));
        }
    }

    /**
     * An evaluation read, with the rulebook it is scored under.
     *
     * @param name the document's name
     * @param evaluation the evaluation
     * @param choice its rulebook and why
     */
    public record Read(String name, Evaluation evaluation, Choice choice) {}

    /** @return the shipped rulebooks, oldest first (what a run without {@code --rulebook-file} sees) */
    public static List<Rulebook> rulebooks() {
        return Catalogue.standard().all();
    }

    /**
     * @param evaluation an evaluation
     * @param source where it came from, for messages
     * @return the shipped rulebook it names, or the one in force on its submission day
     * @throws InvalidInputException if the named rulebook is unknown or none was in force
     */
    public static Rulebook rulebookFor(Evaluation evaluation, String source) {
        return Catalogue.standard().forEvaluation(evaluation, source, Words.of(java.util.Locale.ENGLISH)).rulebook();
    }

    /**
     * @param source the document's name, for messages
     * @param in an evaluation document, read through the size limit
     * @return the evaluation, checked against the sheet of its (shipped) rulebook
     * @throws InvalidInputException if it is too large, does not parse or breaks a rule
     */
    public static Evaluation readEvaluation(String source, InputStream in) {
        return readEvaluation(source, Inputs.bounded(source, in));
    }

    /**
     * @param rulebook the rulebook
     * @param evaluation the evaluation
     * @param source where it came from, for messages
     * @return the result under the engine's default policy
     * @throws InvalidInputException if the rulebook cannot score the choices
     */
    public static ScoreResult score(Rulebook rulebook, Evaluation evaluation, String source) {
        return score(rulebook, evaluation, source, ScoringPolicy.standard());
    }

    /**
     * @param rulebook the rulebook
     * @param evaluation the evaluation
     * @param source where it came from, for messages
     * @param policy the configurable decisions to apply
     * @return the result
     * @throws InvalidInputException if the rulebook cannot score the choices
     */
    public static ScoreResult score(Rulebook rulebook, Evaluation evaluation, String source, ScoringPolicy policy) {
        Choice choice = new Choice(rulebook, Reason.NAMED_ON_COMMAND_LINE, Optional.of(evaluation.getSubmittedOn()),
                Optional.empty(), Optional.empty());
        return score(new Read(source, evaluation, choice), policy, Words.of(java.util.Locale.ENGLISH));
    }

    /**
     * @param older a rulebook
     * @param newer another
     * @param sheet a sheet number
     * @return the differences as text, in English
     */
    public static String diff(Rulebook older, Rulebook newer, int sheet) {
        return diff(older, newer, sheet, Words.of(java.util.Locale.ENGLISH));
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
     * Reads an evaluation document: refuses a null document and unfilled template choices with a plain
     * message, chooses its rulebook (named, {@code --rulebook}, or by its submission day) and checks the
     * choices against the sheet; every error names the rulebook chosen.
     *
     * @param catalogue the rulebooks of the run
     * @param in the document
     * @param rulebookId the rulebook given with {@code --rulebook}, if any
     * @param w the words
     * @return the evaluation and its rulebook
     * @throws InvalidInputException if it does not parse, is not filled in or breaks a rule
     */
    public static Read readEvaluation(Catalogue catalogue, Inputs.Input in, Optional<String> rulebookId, Words w) {
        String source = in.name();
        JsonNode tree = tree(in);
        unfilled(catalogue, source, tree, rulebookId);
        Evaluation ev;
        try {
            ev = OcopJson.read(in.bytes(), Evaluation.class);
        } catch (OcopJsonException e) {
            throw invalid(source, e);
        }
        Choice choice = catalogue.read(source, ev, rulebookId, w).choice();
        Rulebook rb = choice.rulebook();
        if (rb.sheet(ev.getSheetNumber()).isEmpty()) {
            return new Read(source, ev, choice); // scoring says why it cannot score criteria
        }
        Evaluation fitted = ev;
        List<Violation> violations;
        try {
            violations = ScoringEngine.violations(rb, fitted); // the one fit check: choices against the sheet
        } catch (ScoringException e) {
            throw new InvalidInputException(source, "", shorten(e.getMessage()), e).under(choice.describe(w));
        }
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more problems)" : "";
            throw new InvalidInputException(source, pointer(first.getPath()), shorten(first.getMessage()) + more, null)
                    .under(choice.describe(w));
        }
        return new Read(source, fitted, choice);
    }

    /**
     * @param source the document's name, for messages
     * @param bytes an evaluation document
     * @return the evaluation, checked against the sheet of its rulebook (shipped rulebooks)
     * @throws InvalidInputException if it does not parse or breaks a rule
     */
    public static Evaluation readEvaluation(String source, byte[] bytes) {
        return readEvaluation(Catalogue.standard(), new Inputs.Input(source, bytes), Optional.empty(),
                Words.of(java.util.Locale.ENGLISH)).evaluation();
    }

    private static JsonNode tree(Inputs.Input in) {
        try {
            JsonNode tree = JSON.readTree(in.bytes());
            if (tree == null || tree.isNull() || tree.isMissingNode()) {
                throw new InvalidInputException(in.name(), "the document is null; an OCOP document is a JSON object");
            }
            return tree;
        } catch (IOException e) {
            return JSON.missingNode(); // ocop-json reports the syntax error with its pointer
        }
    }

    /** Refuses a template whose choices are still the texts {@code ocop template} wrote. */
    private static void unfilled(Catalogue catalogue, String source, JsonNode tree, Optional<String> rulebookId) {
        JsonNode members = tree.path("memberScores");
        List<String> pointers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            JsonNode choices = members.get(i).path("choices");
            for (var it = choices.fields(); it.hasNext();) {
                var e = it.next();
                if (e.getValue().isTextual()) {
                    pointers.add("/memberScores/" + i + "/choices/" + e.getKey().replace("~", "~0").replace("/", "~1"));
                    codes.add(e.getKey());
                }
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        String code = codes.get(0);
        Optional<Rulebook> rb = rulebookId.or(() -> Optional.ofNullable(tree.path("rulebookId").textValue()))
                .flatMap(id -> catalogue.all().stream().filter(r -> r.getId().equals(id)).findFirst());
        int sheetNumber;
        try {
            sheetNumber = ProductSet.valueOf(tree.path("product").path("productSet").asText("")).sheetNumber();
        } catch (IllegalArgumentException e) {
            sheetNumber = -1;
        }
        int number = sheetNumber;
        Optional<String> options = rb.flatMap(r -> r.sheet(number))
                .flatMap(s -> s.criterion(code)).map(c -> " (options 0–" + (c.getScoringOptions().size() - 1) + ")");
        int more = codes.size() - 1;
        throw new InvalidInputException(source, pointers.get(0), "criterion " + code + " is not filled in yet"
                + options.orElse("") + (more > 0 ? "; " + more + " more choices are not filled in" : ""), null);
    }

    /**
     * @param source the document at fault
     * @param e the reader's exception
     * @return one exception naming its JSON pointer and counting the other problems
     */
    static InvalidInputException invalid(String source, OcopJsonException e) {
        List<Violation> problems = e.getProblems();
        int more = problems.size() - 1;
        String first = problems.isEmpty() ? firstLine(e.getMessage()) : problems.get(0).getMessage();
        return new InvalidInputException(source, e.getPointer(), shorten(first)
                + (more > 0 ? " (and " + more + " more problems)" : ""), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String shorten(String message) {
        String m = message.replaceFirst("^(at /[^:]*: )+", "");
        return m.length() <= 300 ? m : m.substring(0, 299) + "…";
    }

    /**
     * @param read an evaluation and its rulebook
     * @param policy the configurable decisions to apply
     * @param w the words
     * @return the result
     * @throws InvalidInputException if the choices do not fit the sheet or the rulebook cannot score them;
     *     the message names the rulebook
     */
    public static ScoreResult score(Read read, ScoringPolicy policy, Words w) {
        Rulebook rulebook = read.choice().rulebook();
        if (rulebook.getCompleteness() == Completeness.TOTALS_ONLY) {
            throw new InvalidInputException(read.name(), "", w.t("totalsOnly", rulebook.getId()), null)
                    .under(read.choice().describe(w));
        }
        try {
            return ScoringEngine.with(policy).score(rulebook, read.evaluation());
        } catch (OcopValidationException e) {
            throw invalid(read.name(), e).under(read.choice().describe(w));
        } catch (ScoringException e) {
            throw new InvalidInputException(read.name(), "", shorten(e.getMessage()), e).under(read.choice().describe(w));
        }
    }

    /**
     * @param rulebook a rulebook, totals-only included
     * @param totals the members' totals
     * @return the band of their exact average
     * @throws InvalidInputException if a total is outside 0 to 100 or none is given
     */
    public static StarRating band(Rulebook rulebook, int... totals) {
        try {
            return ScoringEngine.bandOf(rulebook, totals);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("TOTAL", e.getMessage());
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
            return new InvalidInputException(source, "", shorten(String.valueOf(e.getMessage())), e);
        }
        Violation first = all.get(0);
        String more = all.size() > 1 ? " (and " + (all.size() - 1) + " more problems)" : "";
        return new InvalidInputException(source, pointer(first.getPath()), shorten(first.getMessage()) + more, e);
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
     * @return its ScoreResult document, as ocop-json writes it: {@code stars} is absent when the product is
     *     disqualified (the schema allows no {@code null})
     */
    public static String resultJson(ScoreResult result) {
        return OcopJson.write(result);
    }

    /**
     * @param items per input, in order: a result's document or an error object
     * @return a JSON array of them
     */
    public static String jsonArray(List<JsonNode> items) {
        ArrayNode array = JSON.createArrayNode();
        items.forEach(array::add);
        return pretty(array);
    }

    /**
     * @param result a result
     * @return its ScoreResult document as a tree ({@code stars} absent when disqualified)
     */
    public static JsonNode resultNode(ScoreResult result) {
        try {
            return JSON.readTree(OcopJson.write(result));
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read a written result", e);
        }
    }

    /**
     * @param e a failure
     * @param file the input at fault
     * @return the error object of batch JSON output: {@code {"file", "pointer", "message"}}
     */
    public static JsonNode errorNode(String file, RuntimeException e) {
        ObjectNode error = JSON.createObjectNode();
        error.put("file", file);
        if (e instanceof InvalidInputException) {
            InvalidInputException ie = (InvalidInputException) e;
            error.put("pointer", ie.pointer());
            error.put("message", ie.getMessage());
        } else {
            error.put("pointer", "");
            error.put("message", String.valueOf(e.getMessage()));
        }
        return error;
    }

    /**
     * @param node a document
     * @return its text on one line (JSON Lines)
     */
    public static String oneLine(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper COMPACT = OcopJson.mapper().copy()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /**
     * @param rulebook the rulebook
     * @param sheet one of its sheets
     * @return the sheet as JSON, which {@code ocop validate} accepts
     */
    public static String sheetJson(Rulebook rulebook, CriteriaSheet sheet) {
        return OcopJson.write(sheet);
    }

    /**
     * @param older a rulebook
     * @param newer another
     * @param sheet a sheet number
     * @param w the words
     * @return the differences as text
     */
    public static String diff(Rulebook older, Rulebook newer, int sheet, Words w) {
        CriteriaSheet from = sheetOf(older, sheet);
        CriteriaSheet to = sheetOf(newer, sheet);
        return DiffText.render(RuleDiff.compare(older.getId(), from, newer.getId(), to), w);
    }

    /**
     * Checks a document of any type; an evaluation is also scored, so that validation refuses what scoring
     * would refuse.
     *
     * @param catalogue the rulebooks of the run
     * @param in a document of any type
     * @param w the words
     * @return what the document is, e.g. "evaluation of …, sheet 8 of QD-26-2026 (…), 7 members"
     * @throws InvalidInputException if it is not valid
     */
    public static String validate(Catalogue catalogue, Inputs.Input in, Words w) {
        String source = in.name();
        byte[] json = in.bytes();
        JsonNode tree = tree(in);
        String type = tree.path("type").isTextual() ? tree.path("type").asText() : "";
        if (DocumentType.REGISTRY.code().equals(type)) {
            RegistryRecords doc = RegistryFiles.read(source, new ByteArrayInputStream(json), catalogue.ids());
            RegistryFiles.toRegistry(source, doc);
            return w.t("validate.registry", doc.getProducts().size(), doc.getProducers().size());
        }
        if (type.isEmpty() && tree.has("parts") && tree.has("number")) {
            try {
                CriteriaSheet sheet = OcopJson.read(json, CriteriaSheet.class);
                return w.t("validate.sheet", sheet.getNumber(), sheet.getName().in(w.locale()),
                        sheet.getLeafCriteria().size());
            } catch (OcopJsonException e) {
                throw invalid(source, e);
            }
        }
        if ("evaluation".equals(type)) {
            Read read = readEvaluation(catalogue, in, Optional.empty(), w);
            score(read, ScoringPolicy.standard(), w);
            Evaluation ev = read.evaluation();
            return w.t("validate.evaluation", ev.getProduct().getName().getVi(), ev.getSheetNumber(),
                    read.choice().describe(w), ev.getMemberScores().size())
                    + read.choice().warning().map(x -> "; " + x).orElse("");
        }
        Object value;
        try {
            value = OcopJson.readAny(json);
        } catch (OcopJsonException e) {
            throw invalid(source, e);
        }
        if (value instanceof Rulebook) {
            Rulebook rb = (Rulebook) value;
            return w.t("validate.rulebook", rb.getId(), rb.getSheets().size());
        }
        if (value instanceof ScoreResult) {
            ScoreResult r = (ScoreResult) value;
            return w.t("validate.result", r.getProductId(), ResultText.stars(r, w));
        }
        return DocumentType.of(value.getClass()).map(DocumentType::code).orElse(value.getClass().getSimpleName());
    }

    private static final ObjectMapper JSON = OcopJson.mapper();

    /**
     * @param node a document
     * @return its indented text, ending with a newline
     */
    public static String json(JsonNode node) {
        return pretty(node);
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The one place where the command line reads a registry: ocop-json's {@code registry} document, its
     * certificates naming rulebooks of the shipped catalogue.
     *
     * @param registry a registry document, or empty for the bundled sample
     * @param stdin standard input, for {@code -}
     * @return the document's name, the registry and its default report day
     * @throws InvalidInputException if the registry cannot be read or is inconsistent
     */
    public static Loaded registry(Optional<String> registry, InputStream stdin) {
        RegistryRecords doc;
        String source;
        if (registry.isEmpty()) {
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
            Inputs.Input in = Inputs.read(registry.get(), stdin);
            source = in.name();
            doc = RegistryFiles.read(source, new ByteArrayInputStream(in.bytes()));
        }
        return new Loaded(doc.getName().orElse(source), RegistryFiles.toRegistry(source, doc),
                doc.getReportOn().orElseGet(LocalDate::now));
    }

    /**
     * A registry read.
     *
     * @param name its name
     * @param registry the registry
     * @param reportOn its default report day (the document's, else today)
     */
    public record Loaded(String name, Registry registry, LocalDate reportOn) {}

    /** The bundled sample registry, on the class path. */
    public static final String SAMPLE_REGISTRY = "/samples/registry/province.json";
}
