package org.ocop.core.rules;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;

/**
 * One printed option (□ box) of a criterion, with its points and optional star gate.
 *
 * <p>An option marked {@code ***}, {@code ****} or {@code *****} on the sheet is the minimum that must be
 * reached on that criterion for a 3★, 4★ or 5★ rank (note on every sheet of Annex II: "Dấu sao là yêu cầu
 * tối thiểu …"); {@link #getMinStar()} holds that mark.
 */
@Value.Immutable
public interface CriterionOption {

    /** @return the printed text (Vietnamese; English where the data has it) */
    @Valid
    LocalizedText getText();

    /**
     * @return the points this option scores; meaningless (0) when {@link #isPointsKnown()} is false
     */
    int getPoints();

    /**
     * @return false only for options of a transcribed sheet whose points could not be read (e.g. the
     *     letter "l" in 148's sheet 17); such a sheet is always marked incomplete
     */
    @Value.Default
    default boolean isPointsKnown() {
        return true;
    }

    /** @return the value as printed in the source, where it differs from {@link #getPoints()} or is unusable */
    Optional<String> getPrinted();

    /** @return the star rank this option is the minimum for, if it carries a star mark */
    Optional<StarRating> getMinStar();

    /**
     * @param vi the printed text
     * @param points the points
     * @return an option without star gate
     */
    static CriterionOption of(String vi, int points) {
        return builder().text(LocalizedText.of(vi)).points(points).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriterionOption}. */
    final class Builder extends ImmutableCriterionOption.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
