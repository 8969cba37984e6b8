package org.ocop.scoring.rulebooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopException;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;

/**
 * A catalogue of OCOP rulebooks (<i>bộ tiêu chí</i>) and the rule that picks the one a dossier is evaluated
 * under (docs/rules.md §1). Immutable and thread-safe.
 *
 * <p>{@link #standard()} holds the rulebooks shipped with the library, listed in the index resource {@value
 * #INDEX_RESOURCE} (id, header resource, the days each applies, its sheets' resources). Each is read on first
 * use, once: choosing the rulebook in force on a day reads only that rulebook's header (dates, parameters, bands),
 * and each criteria sheet is read from its own resource when first asked for, so scoring one evaluation reads one
 * sheet (see {@code ShippedRulebook} for how a shipped rulebook compares with a rulebook value). A catalogue can be extended: {@link #builder()}{@code
 * .addAll(RulebookCatalogue.standard()).add(json).build()} adds a province's rulebook, a corrected sheet, a future
 * decision or a test rulebook read from JSON, or replaces a shipped rulebook of the same id. A user rulebook
 * declares its own standing ({@link Completeness#PROVINCIAL} or {@link Completeness#CUSTOM}; it can never claim
 * {@link Completeness#OFFICIAL}); one that replaces a shipped rulebook carries the shipped id in {@link
 * Rulebook#getReplaces()}, so that a result scored under it can say so, and {@link #replaced(String)} still gives
 * the shipped one.
 *
 * <p>The transitional rule is data: the successor rulebook's {@link ParameterName#TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE}
 * and {@link ParameterName#TRANSITION_DAYS_RE_EVALUATION} (26/2026 Art. 12: 60 and 30 days); see {@link
 * #forSubmission}.
 */
public final class RulebookCatalogue {

    /** The class-path resource listing the shipped rulebooks. */
    public static final String INDEX_RESOURCE = "org/ocop/scoring/rulebooks/index.json";

    private static final Object STANDARD_LOCK = new Object();
    private static volatile RulebookCatalogue standard;

    /** Entries by id, oldest first (by effective-from day, then id). */
    private final List<Entry> entries;

    private RulebookCatalogue(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.effectiveFrom).thenComparing(e -> e.id));
        this.entries = List.copyOf(sorted);
    }

    /**
     * The shipped rulebooks, each read on first use.
     *
     * @return the standard catalogue
     * @throws RulebookException if the index resource is missing or unreadable
     */
    public static RulebookCatalogue standard() {
        RulebookCatalogue c = standard;
        if (c == null) {
            synchronized (STANDARD_LOCK) {
                c = standard;
                if (c == null) {
                    c = readIndex();
                    standard = c;
                }
            }
        }
        return c;
    }

    /** @return a builder of a new catalogue, empty at first */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the ids, oldest rulebook first */
    public List<String> getIds() {
        return entries.stream().map(e -> e.id).collect(Collectors.toUnmodifiableList());
    }

    /** @return every rulebook, oldest first (reads any not read yet) */
    public List<Rulebook> getAll() {
        return entries.stream().map(Entry::get).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param id a rulebook id, e.g. {@code QD-26-2026}
     * @return the rulebook, or empty if the catalogue holds none with that id
     */
    public Optional<Rulebook> byId(String id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(e -> e.id.equals(id)).findFirst().map(Entry::get);
    }

    /**
     * @param id a rulebook id
     * @return the shipped rulebook that a user rulebook of that id replaced in this catalogue, if any
     */
    public Optional<Rulebook> replaced(String id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(e -> e.id.equals(id) && e.replaced != null).findFirst().map(e -> e.replaced.get());
    }

    /**
     * @return the rulebook that took effect last
     * @throws RulebookException if the catalogue is empty
     */
    public Rulebook getNewest() {
        if (entries.isEmpty()) {
            throw new RulebookException(RulebookException.Reason.CATALOGUE_EMPTY, null);
        }
        return entries.get(entries.size() - 1).get();
    }

    /**
     * The rulebook in force for a new dossier submitted on a day: the one that took effect last among those
     * whose effective period contains the day (⚖ docs/rules.md §1). While two are formally in force (22 May to
     * 20 July 2026), a dossier submitted then falls under the newer. For a dossier submitted under one rulebook
     * and decided after its successor took effect, use {@link #forSubmission}.
     *
     * @param day a submission day
     * @return the rulebook in force
     * @throws RulebookException if no rulebook of the catalogue was in force
     */
    public Rulebook inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.isInForceOn(day)) {
                return e.get();
            }
        }
        throw entries.isEmpty() ? new RulebookException(RulebookException.Reason.NONE_IN_FORCE, null, day)
                : new RulebookException(RulebookException.Reason.NONE_IN_FORCE_BEFORE, null, day, entries.get(0).id,
                        entries.get(0).effectiveFrom);
    }

    /**
     * The rulebook a dossier is evaluated under (docs/rules.md §1):
     *
     * <ol>
     *   <li>the rulebook in force on the submission day ({@link #inForceOn}), unless
     *   <li>its successor (the first rulebook to take effect after the submission day) took effect by the
     *       decision day: then the successor's transitional parameter for the evaluation type decides — decided
     *       within that many days of the successor's effective day (counted as day 1), the rulebook of the
     *       submission day; ⚖ decided later, the successor (26/2026 Art. 12: 60 days for first-time and upgrade
     *       dossiers, last day 20 July 2026; 30 for re-evaluations, last day 20 June 2026). ⚖ Where the successor
     *       states no transitional window (unknown or absent, e.g. 148 for 1048 dossiers), no window is applied:
     *       the rulebook of the submission day.
     * </ol>
     *
     * @param submittedOn the day the dossier was submitted
     * @param type why the product is evaluated
     * @param decidedOn the day the evaluation is decided (or the planned decision day)
     * @return the applicable rulebook
     * @throws RulebookException if the decision precedes the submission, or no rulebook was in force on the
     *     submission day
     */
    public Rulebook forSubmission(LocalDate submittedOn, EvaluationType type, LocalDate decidedOn) {
        return choose(submittedOn, type, decidedOn).getRulebook();
    }

    /**
     * @param successor a rulebook
     * @param type an evaluation type
     * @return the last day a dossier of that type, submitted before the successor took effect, can still be
     *     decided under the rulebook of its submission day, if the successor states a transitional window
     */
    public static Optional<LocalDate> lastTransitionalDay(Rulebook successor, EvaluationType type) {
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(type, "type");
        ParameterName name = type == EvaluationType.RE_EVALUATION ? ParameterName.TRANSITION_DAYS_RE_EVALUATION
                : ParameterName.TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE;
        return successor.parameter(name, successor.getEffectiveFrom()).filter(LegalParameter::isKnown)
                .map(p -> successor.getEffectiveFrom().plusDays(p.asInt() - 1L));
    }

    /**
     * The rulebook an evaluation is scored under, and why: the rulebook it names ({@code rulebookId}), else the
     * one {@link #forSubmission} gives for its submission day, type and evaluation day (the submission day when
     * it has none).
     *
     * @param evaluation an evaluation
     * @return the choice
     * @throws RulebookException if the evaluation names a rulebook the catalogue does not hold, or no rulebook
     *     was in force on its submission day
     */
    public RulebookChoice forEvaluation(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        LocalDate submitted = evaluation.getSubmittedOn();
        if (evaluation.getRulebookId().isPresent()) {
            String id = evaluation.getRulebookId().get();
            Rulebook named = byId(id).orElseThrow(() -> new RulebookException(RulebookException.Reason.UNKNOWN_RULEBOOK,
                    null, id, String.join(", ", getIds())));
            boolean outside = !named.isInForceOn(submitted);
            String period = named.getEffectiveFrom() + " → " + named.getEffectiveTo().map(LocalDate::toString).orElse("");
            return new RulebookChoice(named, RulebookChoice.Reason.NAMED, outside
                    ? LocalizedText.of("Hồ sơ ghi bộ tiêu chí " + id + ", nhưng ngày nộp " + submitted
                            + " nằm ngoài thời gian áp dụng của bộ này (" + period + ")",
                            "The evaluation names rulebook " + id + ", but its submission day " + submitted
                                    + " lies outside that rulebook's validity (" + period + ")")
                    : LocalizedText.of("Hồ sơ ghi bộ tiêu chí " + id, "The evaluation names rulebook " + id), outside);
        }
        return choose(submitted, evaluation.getType(), evaluation.getEvaluatedOn().orElse(submitted));
    }

    private RulebookChoice choose(LocalDate submittedOn, EvaluationType type, LocalDate decidedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (decidedOn.isBefore(submittedOn)) {
            throw new RulebookException(RulebookException.Reason.DECIDED_BEFORE_SUBMITTED, null, decidedOn,
                    submittedOn);
        }
        Rulebook atSubmission = inForceOn(submittedOn);
        Optional<Entry> successor = entries.stream()
                .filter(e -> e.effectiveFrom.isAfter(submittedOn) && !e.effectiveFrom.isAfter(decidedOn)).findFirst();
        if (successor.isEmpty() || successor.get().id.equals(atSubmission.getId())) {
            return new RulebookChoice(atSubmission, RulebookChoice.Reason.IN_FORCE_ON_SUBMISSION, LocalizedText.of(
                    "Bộ tiêu chí " + atSubmission.getId() + " áp dụng vào ngày nộp hồ sơ " + submittedOn,
                    "Rulebook " + atSubmission.getId() + " was in force on the submission day " + submittedOn), false);
        }
        Rulebook next = successor.get().get();
        Optional<LocalDate> lastDay = lastTransitionalDay(next, type);
        if (lastDay.isEmpty()) {
            return new RulebookChoice(atSubmission, RulebookChoice.Reason.IN_FORCE_ON_SUBMISSION, LocalizedText.of(
                    "Bộ tiêu chí " + atSubmission.getId() + " áp dụng vào ngày nộp " + submittedOn + "; " + next.getId()
                            + " không quy định thời gian chuyển tiếp",
                    "Rulebook " + atSubmission.getId() + " was in force on the submission day " + submittedOn + "; "
                            + next.getId() + " states no transitional window"), false);
        }
        if (decidedOn.isAfter(lastDay.get())) {
            return new RulebookChoice(next, RulebookChoice.Reason.AFTER_TRANSITIONAL_WINDOW, LocalizedText.of(
                    "Nộp theo " + atSubmission.getId() + " nhưng quyết định ngày " + decidedOn + ", sau ngày chuyển tiếp cuối "
                            + lastDay.get() + ": áp dụng " + next.getId(),
                    "Submitted under " + atSubmission.getId() + " but decided on " + decidedOn
                            + ", after the last transitional day " + lastDay.get() + ": " + next.getId() + " applies"), false);
        }
        return new RulebookChoice(atSubmission, RulebookChoice.Reason.TRANSITIONAL_WINDOW, LocalizedText.of(
                "Nộp theo " + atSubmission.getId() + " và quyết định trong thời gian chuyển tiếp của " + next.getId()
                        + " (đến " + lastDay.get() + ")",
                "Submitted under " + atSubmission.getId() + " and decided within " + next.getId()
                        + "'s transitional window (until " + lastDay.get() + ")"), false);
    }

    @Override
    public String toString() {
        return "RulebookCatalogue" + getIds();
    }

    // ------------------------------------------------------------------ reading

    private static RulebookCatalogue readIndex() {
        try (InputStream in = RulebookCatalogue.class.getResourceAsStream("index.json")) {
            if (in == null) {
                throw new RulebookException("The rulebook index " + INDEX_RESOURCE + " is missing from the ocop-scoring jar");
            }
            try (JsonParser p = new JsonFactory().createParser(in)) {
                return new RulebookCatalogue(readIndex(p));
            }
        } catch (IOException | IllegalStateException | DateTimeParseException e) {
            throw new RulebookException("Cannot read the rulebook index " + INDEX_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the index written by {@code rulebook-tools}' converter: {@code {"rulebooks": [{"id", "resource",
     * "effectiveFrom", "effectiveTo"?, "sheets": [[number, resource], ...]}, ...]}}.
     */
    private static List<Entry> readIndex(JsonParser p) throws IOException {
        List<Entry> entries = new ArrayList<>();
        expect(p, p.nextToken() == JsonToken.START_OBJECT, "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken value = p.nextToken();
            if (field.equals("rulebooks") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    entries.add(readIndexEntry(p));
                }
            } else {
                p.skipChildren();
            }
        }
        return entries;
    }

    private static Entry readIndexEntry(JsonParser p) throws IOException {
        String id = null;
        String resource = null;
        LocalDate from = null;
        LocalDate to = null;
        List<Integer> numbers = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = p.getText();
                case "resource" -> resource = p.getText();
                case "effectiveFrom" -> from = LocalDate.parse(p.getText());
                case "effectiveTo" -> to = value == JsonToken.VALUE_NULL ? null : LocalDate.parse(p.getText());
                case "sheets" -> {
                    expect(p, value == JsonToken.START_ARRAY, "an array of sheets");
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        expect(p, p.nextToken() == JsonToken.VALUE_NUMBER_INT, "a sheet number");
                        numbers.add(p.getIntValue());
                        expect(p, p.nextToken() == JsonToken.VALUE_STRING, "a sheet resource");
                        resources.add(p.getText());
                        expect(p, p.nextToken() == JsonToken.END_ARRAY, "the end of a sheet entry");
                    }
                }
                default -> p.skipChildren();
            }
        }
        expect(p, id != null && resource != null && from != null, "an entry with id, resource and effectiveFrom");
        String rulebookId = id;
        String header = resource;
        int[] sheetNumbers = numbers.stream().mapToInt(Integer::intValue).toArray();
        String[] sheetResources = resources.toArray(new String[0]);
        return new Entry(id, from, to, new Lazy(() -> new ShippedRulebook(loadHeader(rulebookId, header), sheetNumbers,
                sheetResources, ShippedRulebook.resources(rulebookId))), true, null);
    }

    private static void expect(JsonParser p, boolean found, String what) {
        if (!found) {
            throw new IllegalStateException("expected " + what + " at " + p.getCurrentLocation().getLineNr() + ":"
                    + p.getCurrentLocation().getColumnNr());
        }
    }

    /**
     * Reads a shipped rulebook's header (the rulebook without its sheets), strictly bound, checked by the domain
     * model's invariants and not validated: the data was validated at build time ({@link ShippedRulebook#READER}).
     */
    private static Rulebook loadHeader(String id, String resource) {
        try (InputStream in = RulebookCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulebookException("The rulebook resource " + resource + " is missing from the "
                        + "ocop-scoring jar (package org.ocop.scoring.rulebooks)");
            }
            Rulebook rulebook = ShippedRulebook.READER.read(in, Rulebook.class);
            if (!rulebook.getId().equals(id)) {
                throw new RulebookException("Resource " + resource + " holds rulebook " + rulebook.getId() + ", not " + id);
            }
            return rulebook;
        } catch (IOException | UncheckedIOException e) {
            throw new RulebookException("Cannot read the rulebook resource " + resource, e);
        } catch (OcopException e) {
            if (e instanceof RulebookException) {
                throw e;
            }
            throw new RulebookException("The rulebook resource " + resource + " is not a valid rulebook header: "
                    + e.getMessage(), e);
        }
    }

    /** A rulebook read once, on first use; a failed read is retried on the next use. */
    private static final class Lazy implements Supplier<Rulebook> {
        private final Supplier<Rulebook> loader;
        private volatile Rulebook value;

        Lazy(Supplier<Rulebook> loader) {
            this.loader = loader;
        }

        @Override
        public Rulebook get() {
            Rulebook v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = loader.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    private static final class Entry {
        final String id;
        final LocalDate effectiveFrom;
        final LocalDate effectiveTo;
        final Supplier<Rulebook> rulebook;
        final boolean shipped;
        /** The shipped rulebook this entry replaced, or null. */
        final Supplier<Rulebook> replaced;

        Entry(String id, LocalDate effectiveFrom, LocalDate effectiveTo, Supplier<Rulebook> rulebook, boolean shipped,
                Supplier<Rulebook> replaced) {
            this.id = id;
            this.effectiveFrom = effectiveFrom;
            this.effectiveTo = effectiveTo;
            this.rulebook = rulebook;
            this.shipped = shipped;
            this.replaced = replaced;
        }

        Rulebook get() {
            return rulebook.get();
        }

        boolean isInForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    /** Builds a {@link RulebookCatalogue}; later additions replace earlier ones of the same id. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds every rulebook of a catalogue (the shipped ones stay shipped and lazy).
         *
         * @param catalogue a catalogue, e.g. {@link RulebookCatalogue#standard()}
         * @return this builder
         */
        public Builder addAll(RulebookCatalogue catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            catalogue.entries.forEach(e -> entries.put(e.id, e));
            return this;
        }

        /**
         * Adds a user rulebook, or replaces the rulebook of the same id (then the added rulebook's {@link
         * Rulebook#getReplaces()} names it).
         *
         * @param rulebook a rulebook declaring {@link Completeness#PROVINCIAL} or {@link Completeness#CUSTOM}
         * @return this builder
         * @throws RulebookException if the rulebook claims another completeness (only the shipped rulebooks are
         *     official, transcribed or totals-only), or names in {@code replaces} a rulebook other than its own id
         */
        public Builder add(Rulebook rulebook) {
            Objects.requireNonNull(rulebook, "rulebook");
            String id = rulebook.getId();
            if (rulebook.getCompleteness() != Completeness.PROVINCIAL && rulebook.getCompleteness() != Completeness.CUSTOM) {
                throw new RulebookException(RulebookException.Reason.USER_RULEBOOK_OFFICIAL, null, id,
                        rulebook.getCompleteness());
            }
            if (rulebook.getReplaces().isPresent() && !rulebook.getReplaces().get().equals(id)) {
                throw new RulebookException(RulebookException.Reason.REPLACES_OTHER_ID, null, id,
                        rulebook.getReplaces().get());
            }
            Entry previous = entries.get(id);
            Supplier<Rulebook> replaced = previous == null ? null : previous.shipped ? previous.rulebook : previous.replaced;
            Rulebook stored = replaced == null ? rulebook : Rulebook.builder().from(rulebook).replaces(id).build();
            entries.put(id, new Entry(id, stored.getEffectiveFrom(), stored.getEffectiveTo().orElse(null), () -> stored,
                    false, replaced));
            return this;
        }

        /**
         * Reads a user rulebook document (strictly, with full validation, so a Bean Validation provider must be
         * on the path) and {@link #add(Rulebook) adds} it.
         *
         * @param json an ocop-json rulebook document; not closed
         * @return this builder
         * @throws org.ocop.core.OcopException if the document is invalid, or as {@link #add(Rulebook)}
         */
        public Builder add(InputStream json) {
            return add(OcopJson.readRulebook(Objects.requireNonNull(json, "json")));
        }

        /** @return the catalogue */
        public RulebookCatalogue build() {
            return new RulebookCatalogue(new ArrayList<>(entries.values()));
        }
    }
}
