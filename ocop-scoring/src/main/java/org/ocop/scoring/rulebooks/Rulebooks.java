package org.ocop.scoring.rulebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.rules.Rulebook;

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
 * <p>The rulebooks are JSON documents in this package ({@code QD-26-2026.json} …), generated from the
 * criteria data of the repository's {@code data/} folder (see the module README). They are read once,
 * lazily, on first use of this class's methods (holder idiom: the JVM's class initialisation makes the
 * loading thread-safe without locks); loading all three takes some tens of milliseconds. Every returned
 * rulebook is an immutable value, safe to share between threads.
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

    /** Holder idiom: the catalogue is read when this class is first initialised, by exactly one thread. */
    private static final class Holder {
        static final List<Rulebook> ALL = List.of(load(QD_1048_2019), load(QD_148_2023), load(QD_26_2026));
    }

    private static Rulebook load(String id) {
        String resource = id + ".json";
        try (InputStream in = Rulebooks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The rulebook resource " + resource + " is missing from the "
                        + "ocop-scoring jar (package org.ocop.scoring.rulebooks)");
            }
            Rulebook rulebook = RulebookDocument.read(in);
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
        return Holder.ALL;
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
        return Holder.ALL.stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    /**
     * The rulebook in force for a new dossier submitted on a date: the most recent rulebook whose effective
     * period contains the date ({@code ocop-rules.md} §1 ⚖). Between 22 May and 20 July 2026 both 148 and
     * 26/2026 are formally in force; a dossier <em>submitted</em> then falls under 26/2026. For a dossier
     * submitted before 22 May 2026 and decided later, use {@link #forSubmission}.
     *
     * @param date a submission date
     * @return the rulebook in force
     * @throws IllegalArgumentException if no shipped rulebook was in force (before 21 Aug 2019)
     */
    public static Rulebook inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Holder.ALL.stream().filter(r -> r.isInForceOn(date))
                .max(Comparator.comparing(Rulebook::getEffectiveFrom))
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
        return decidedOn.isAfter(lastTransitionalDay(type)) ? byIdOrFail(QD_26_2026) : atSubmission;
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

    private static Rulebook byIdOrFail(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("Rulebook " + id + " is not shipped"));
    }
}
