package org.ocop.scoring.rulebooks;

import java.util.Objects;
import org.ocop.core.LocalizedText;
import org.ocop.core.rules.Rulebook;

/**
 * The rulebook an evaluation is scored under and why ({@link RulebookCatalogue#forEvaluation}). Immutable.
 */
public final class RulebookChoice {

    /** Why a rulebook was chosen. */
    public enum Reason {
        /** The evaluation names the rulebook ({@code rulebookId}). */
        NAMED,
        /** The rulebook in force on the submission day. */
        IN_FORCE_ON_SUBMISSION,
        /**
         * Submitted under the previous rulebook and decided within the successor's transitional window (26/2026
         * Art. 12): still the previous rulebook.
         */
        TRANSITIONAL_WINDOW,
        /** Submitted under the previous rulebook but decided after the transitional window: the successor (⚖). */
        AFTER_TRANSITIONAL_WINDOW
    }

    private final Rulebook rulebook;
    private final Reason reason;
    private final LocalizedText explanation;
    private final boolean submittedOutsideValidity;

    RulebookChoice(Rulebook rulebook, Reason reason, LocalizedText explanation, boolean submittedOutsideValidity) {
        this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.submittedOutsideValidity = submittedOutsideValidity;
    }

    /** @return the rulebook */
    public Rulebook getRulebook() {
        return rulebook;
    }

    /** @return why it was chosen */
    public Reason getReason() {
        return reason;
    }

    /** @return the choice explained, in Vietnamese and English */
    public LocalizedText getExplanation() {
        return explanation;
    }

    /**
     * @return whether the evaluation names a rulebook that was not in force on its submission day (the engine
     *     warns, naming both)
     */
    public boolean isSubmittedOutsideValidity() {
        return submittedOutsideValidity;
    }

    @Override
    public String toString() {
        return "RulebookChoice[" + rulebook.getId() + ", " + reason + "]";
    }
}
