package org.ocop.scoring.rulebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;

/**
 * The catalogue of official OCOP rulebooks (<i>bộ tiêu chí</i>) shipped with the library, and the rule that
 * picks the one a dossier is evaluated under ({@code ocop-rules.md} §1).
 *
 * <ul>
 *   <li>{@value #QD_26_2026}: Decision 26/2026/QĐ-TTg (22 May 2026), all 26 sheets of Annex II, complete
 *       ({@code OFFICIAL}, 8 corrections recorded with their printed values);
 *   <li>{@value #QD_148_2023}: Decision 148/QĐ-TTg (24 Feb 2023) amended by 1489/QĐ-TTg (6 Jul 2025), 26
 *       sheets from a third-party transcription ({@code TRANSCRIBED}; sheets 3, 7, 11, 12, 13, 17 and 18
 *       fail their arithmetic and are marked incomplete);
 *   <li>{@value #QD_1048_2019}: Decision 1048/QĐ-TTg (21 Aug 2019) amended by 781/QĐ-TTg (8 Jun 2020),
 *       parts, bands and classification only ({@code TOTALS_ONLY}): it maps an average score to stars but
 *       cannot score criteria.
 * </ul>
 *
 * <p>The rulebooks are ocop-json rulebook documents ({@link OcopJson}'s canonical form) in this package
 * ({@code QD-26-2026.json} …), generated from the
 * criteria data of the repository's {@code data/} folder (see the module README). Each is read once,
 * lazily, when first needed (holder idiom: the JVM's class initialisation makes the loading thread-safe
 * without locks); a date on or after 22 May 2026 only reads 26/2026. Each of the two large documents
 * (about 1.4 MB, 2,500 options) takes roughly 40 to 150 ms of CPU to bind in a warm JVM; the first read in
 * a cold JVM takes most of a second, mostly class loading and Jackson's introspection (rough measurement
 * on a heavily loaded 2-core machine, not a guarantee).
 * Every returned rulebook is an immutable value, safe to share between threads.
 */
public final class Rulebooks {

    /** Id of Decision 26/2026/QĐ-TTg's rulebook. */
    public static final String QD_26_2026 = "QD-26-2026";
    /** Id of Decision 148/QĐ-TTg's rulebook (2023, amended by 1489/QĐ-TTg in 2025). */
    public static final String QD_148_2023 = "QD-148-2023";
    /** Id of Decision 1048/QĐ-TTg's rulebook (2019, amended by 781/QĐ-TTg in 2020). */
    public static final String QD_1048_2019 = "QD-1048-2019";

    /**
     * The day Decision 26/2026/QĐ-TTg was signed and took effect (its effective clause; research notes
     * §2.1, {@code ocop-rules.md} §1): 22 May 2026.
     */
    public static final LocalDate QD_26_2026_EFFECTIVE = LocalDate.of(2026, 5, 22);

    /**
     * Transitional window of 26/2026 Art. 12 (<i>Điều 12</i>) for first-time and upgrade dossiers
     * submitted before {@link #QD_26_2026_EFFECTIVE}: they are still evaluated under 148 when decided
     * within 60 days of that date.
     */
    public static final int TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE = 60;

    /**
     * Transitional window of 26/2026 Art. 12 for re-evaluation dossiers submitted before {@link
     * #QD_26_2026_EFFECTIVE}: 30 days.
     */
    public static final int TRANSITION_DAYS_RE_EVALUATION = 30;

    /**
     * The last day Decision 148/QĐ-TTg applies (⚖ {@code ocop-rules.md} §1): 26/2026 ends it 60 days
     * after 22 May 2026, counting 22 May as the first day, so 20 July 2026 is the 60th and last day (22–31
     * May: 10 days; June: 30; 1–20 July: 20).
     */
    public static final LocalDate QD_148_LAST_DAY = lastDayOfWindow(TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE);

    private Rulebooks() {}

    /*
     * Holder idiom, one holder per rulebook: each document is read when its holder class is first
     * initialised, by exactly one thread (JLS §12.4.2), and only when needed: asking for 26/2026 does not
     * read the older rulebooks.
     */
    private static final class Qd1048 {
        static final Rulebook VALUE = load(QD_1048_2019);
    }

    private static final class Qd148 {
        static final Rulebook VALUE = load(QD_148_2023);
    }

    private static final class Qd26 {
        static final Rulebook VALUE = load(QD_26_2026);
    }

    /** Every shipped rulebook, newest first, each read on first use. */
    private static final List<Supplier<Rulebook>> NEWEST_FIRST = List.of(() -> Qd26.VALUE, () -> Qd148.VALUE,
            () -> Qd1048.VALUE);

    private static Rulebook load(String id) {
        String resource = id + ".json";
        try (InputStream in = Rulebooks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The rulebook resource " + resource + " is missing from the "
                        + "ocop-scoring jar (package org.ocop.scoring.rulebooks)");
            }
            // bound strictly by ocop-json and checked by the domain model's invariants; Bean Validation is
            // left to the build (ShippedRulebooksTest), so that no validation provider is needed at run time
            Rulebook rulebook = OcopJson.mapper().readerFor(Rulebook.class).readValue(in);
            if (!rulebook.getId().equals(id)) {
                throw new IllegalStateException("Resource " + resource + " holds rulebook " + rulebook.getId());
            }
            return rulebook;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rulebook resource " + resource, e);
        }
    }

    /**
     * @return every shipped rulebook, oldest first ({@value #QD_1048_2019}, {@value #QD_148_2023}, {@value
     *     #QD_26_2026})
     */
    public static List<Rulebook> all() {
        return List.of(Qd1048.VALUE, Qd148.VALUE, Qd26.VALUE);
    }

    /**
     * Looks a rulebook up by id. An unknown id is not an error here (a province may keep its own
     * rulebooks), so the answer is optional.
     *
     * @param id a rulebook id, e.g. {@value #QD_26_2026}
     * @return the rulebook, or empty if the library ships none with that id
     */
    public static Optional<Rulebook> byId(String id) {
        Objects.requireNonNull(id, "id");
        switch (id) {
            case QD_26_2026:
                return Optional.of(Qd26.VALUE);
            case QD_148_2023:
                return Optional.of(Qd148.VALUE);
            case QD_1048_2019:
                return Optional.of(Qd1048.VALUE);
            default:
                return Optional.empty();
        }
    }

    /**
     * The rulebook in force for a new dossier submitted on a date: the most recent rulebook (by effective
     * date) whose effective period contains the date ({@code ocop-rules.md} §1 ⚖). Between 22 May and 20 July 2026 both 148 and
     * 26/2026 are formally in force; a dossier <em>submitted</em> then falls under 26/2026. For a dossier
     * submitted before 22 May 2026 and decided later, use {@link #forSubmission}.
     *
     * @param date a submission date
     * @return the rulebook in force
     * @throws IllegalArgumentException if no shipped rulebook was in force (before 21 Aug 2019)
     */
    public static Rulebook inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return NEWEST_FIRST.stream().map(Supplier::get).filter(r -> r.isInForceOn(date)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No OCOP rulebook was in force on " + date
                        + ": the oldest shipped one, Decision 1048/QĐ-TTg, applies from 2019-08-21"));
    }

    /**
     * The rulebook a dossier is evaluated under ({@code ocop-rules.md} §1):
     *
     * <ol>
     *   <li>submitted on or after {@link #QD_26_2026_EFFECTIVE}: 26/2026;
     *   <li>submitted before it, under 148: still 148 when decided within {@link
     *       #TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE 60 days} (first time, upgrade; last day 20 July 2026) or
     *       {@link #TRANSITION_DAYS_RE_EVALUATION 30 days} (re-evaluation; last day 20 June 2026) of 22 May
     *       2026, counting 22 May as day 1 (26/2026 Art. 12); ⚖ decided later, 26/2026;
     *   <li>submitted earlier (under 1048): the rulebook in force on the submission date. ⚖ 148's own
     *       transitional rule for 1048 dossiers is not in the sources, so no window is applied.
     * </ol>
     *
     * @param submittedOn the day the dossier was submitted
     * @param type why the product is evaluated
     * @param decidedOn the day the evaluation is decided (or the planned decision day)
     * @return the applicable rulebook
     * @throws IllegalArgumentException if the decision precedes the submission, or no shipped rulebook was in
     *     force on the submission date
     */
    public static Rulebook forSubmission(LocalDate submittedOn, EvaluationType type, LocalDate decidedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (decidedOn.isBefore(submittedOn)) {
            throw new IllegalArgumentException("A dossier cannot be decided (" + decidedOn + ") before it is submitted ("
                    + submittedOn + ")");
        }
        Rulebook atSubmission = inForceOn(submittedOn);
        if (!atSubmission.getId().equals(QD_148_2023) || !submittedOn.isBefore(QD_26_2026_EFFECTIVE)) {
            return atSubmission;
        }
        return decidedOn.isAfter(lastTransitionalDay(type)) ? Qd26.VALUE : atSubmission;
    }

    /**
     * @param type an evaluation type
     * @return the last day a dossier of that type, submitted before 22 May 2026, can still be decided under
     *     148 (26/2026 Art. 12): 20 July 2026 (first time, upgrade) or 20 June 2026 (re-evaluation)
     */
    public static LocalDate lastTransitionalDay(EvaluationType type) {
        Objects.requireNonNull(type, "type");
        return lastDayOfWindow(type == EvaluationType.RE_EVALUATION
                ? TRANSITION_DAYS_RE_EVALUATION : TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE);
    }

    /** A window of {@code days} days that starts on (and counts) {@link #QD_26_2026_EFFECTIVE}. */
    private static LocalDate lastDayOfWindow(int days) {
        return QD_26_2026_EFFECTIVE.plusDays(days - 1L);
    }
}
