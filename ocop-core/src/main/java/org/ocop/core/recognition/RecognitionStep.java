package org.ocop.core.recognition;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;

/**
 * One step of the recognition path: for a scored product, the route it takes, the rank that may be
 * recognised and by which level ({@code docs/rules.md} §4). Built by ocop-scoring's {@code FiveStarPath}.
 */
@Value.Immutable
public interface RecognitionStep {

    /** @return the route */
    RecognitionRoute getRoute();

    /** @return the average score the step rests on (province or central council) */
    BigDecimal getAverageScore();

    /** @return the rank to recognise (or, when forwarded, the rank the province score supports), if any */
    Optional<StarRating> getRank();

    /** @return the level that decides this step, if a decision follows */
    Optional<AuthorityLevel> getDecidingLevel();

    /** @return a one-line explanation with the rule's source */
    String getExplanation();

    /** Rejects a step whose rank and level disagree with its route. */
    @Value.Check
    default void check() {
        boolean decides = getRoute() != RecognitionRoute.NO_DECISION;
        if (getDecidingLevel().isPresent() != decides) {
            throw new IllegalArgumentException("Route " + getRoute() + (decides ? " needs" : " has no")
                    + " deciding level");
        }
        getRank().filter(r -> !r.isRecognisable() && decides).ifPresent(r -> {
            throw new IllegalArgumentException("Route " + getRoute() + " cannot carry rank " + r.symbol());
        });
    }

    /** @return whether a recognition decision (and certificate) follows this step directly */
    default boolean isCertificateIssued() {
        return getRoute() == RecognitionRoute.RECOGNISE || getRoute() == RecognitionRoute.CENTRAL_RECOGNISES
                || getRoute() == RecognitionRoute.PROVINCE_FALLBACK;
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecognitionStep}. */
    final class Builder extends ImmutableRecognitionStep.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
