package org.ocop.scoring.rulebooks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.rules.Rulebook;

/**
 * A static facade over {@link RulebookCatalogue#standard()}, the OCOP rulebooks (<i>bộ tiêu chí</i>) shipped
 * with the library (docs/rules.md §1):
 *
 * <ul>
 *   <li>{@value #QD_26_2026}: Decision 26/2026/QĐ-TTg (22 May 2026), all 26 sheets of Annex II, complete
 *       ({@code OFFICIAL}, 8 corrections recorded with their printed values);
 *   <li>{@value #QD_148_2023}: Decision 148/QĐ-TTg (24 Feb 2023) amended by 1489/QĐ-TTg (6 Jul 2025), 26
 *       sheets from a third-party transcription ({@code TRANSCRIBED}; 6 corrections recorded; sheets 7, 11, 12
 *       and 13 fail their arithmetic and are marked incomplete);
 *   <li>{@value #QD_1048_2019}: Decision 1048/QĐ-TTg (21 Aug 2019) amended by 781/QĐ-TTg (8 Jun 2020),
 *       parts, bands, classification and legal parameters only ({@code TOTALS_ONLY}): it maps an average score to
 *       stars but cannot score criteria.
 * </ul>
 *
 * <p>Every date, window and level the library applies is a dated legal parameter of these documents (see
 * {@link Rulebook#getParameters()}); nothing here holds a legal number. The documents are generated from the
 * repository's {@code data/} folder by the {@code rulebook-tools} module. Each is read once, on first use; a
 * date on or after 22 May 2026 only reads 26/2026, and of a rulebook only its header (dates, parameters, bands)
 * and the criteria sheets asked for are read, each sheet once. Every returned rulebook is immutable, safe to share
 * between threads. ⚖ A shipped rulebook equals a {@link Rulebook} value of the same content, but a value built
 * with {@link Rulebook#builder()} compares equal only to values of its own class: compare with the shipped
 * rulebook on the left, or copy it with {@code Rulebook.builder().from(shipped).build()}. To add or replace
 * rulebooks, build a {@link RulebookCatalogue}.
 */
public final class Rulebooks {

    /** Id of Decision 26/2026/QĐ-TTg's rulebook. */
    public static final String QD_26_2026 = "QD-26-2026";
    /** Id of Decision 148/QĐ-TTg's rulebook (2023, amended by 1489/QĐ-TTg in 2025). */
    public static final String QD_148_2023 = "QD-148-2023";
    /** Id of Decision 1048/QĐ-TTg's rulebook (2019, amended by 781/QĐ-TTg in 2020). */
    public static final String QD_1048_2019 = "QD-1048-2019";

    private Rulebooks() {}

    /** @return every shipped rulebook, oldest first ({@value #QD_1048_2019}, {@value #QD_148_2023}, {@value #QD_26_2026}) */
    public static List<Rulebook> all() {
        return RulebookCatalogue.standard().getAll();
    }

    /**
     * Looks a shipped rulebook up by id. An unknown id is not an error here (a province may keep its own
     * rulebooks), so the answer is optional.
     *
     * @param id a rulebook id, e.g. {@value #QD_26_2026}
     * @return the rulebook, or empty if the library ships none with that id
     */
    public static Optional<Rulebook> byId(String id) {
        return RulebookCatalogue.standard().byId(id);
    }

    /**
     * @param date a submission date
     * @return the shipped rulebook in force ({@link RulebookCatalogue#inForceOn})
     * @throws RulebookException if no shipped rulebook was in force (before 21 Aug 2019)
     */
    public static Rulebook inForceOn(LocalDate date) {
        return RulebookCatalogue.standard().inForceOn(date);
    }

    /**
     * @param submittedOn the day the dossier was submitted
     * @param type why the product is evaluated
     * @param decidedOn the day the evaluation is decided (or the planned decision day)
     * @return the applicable shipped rulebook ({@link RulebookCatalogue#forSubmission})
     * @throws RulebookException if the decision precedes the submission, or no shipped rulebook was in force on
     *     the submission day
     */
    public static Rulebook forSubmission(LocalDate submittedOn, EvaluationType type, LocalDate decidedOn) {
        return RulebookCatalogue.standard().forSubmission(submittedOn, type, decidedOn);
    }

    /**
     * @param type an evaluation type
     * @return the last day a dossier of that type, submitted before the newest shipped rulebook took effect, can
     *     still be decided under its predecessor (26/2026 Art. 12: 20 July 2026 for first-time and upgrade
     *     dossiers, 20 June 2026 for re-evaluations)
     * @throws RulebookException if the newest shipped rulebook states no transitional window
     */
    public static LocalDate lastTransitionalDay(EvaluationType type) {
        Rulebook newest = RulebookCatalogue.standard().getNewest();
        return RulebookCatalogue.lastTransitionalDay(newest, type).orElseThrow(() -> new RulebookException(
                RulebookException.Reason.NO_TRANSITIONAL_WINDOW, null, newest.getId(), type));
    }
}
