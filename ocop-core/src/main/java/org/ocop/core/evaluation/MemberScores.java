package org.ocop.core.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.immutables.value.Value;
import org.ocop.core.Identifier;

/**
 * One council member's filled sheet: for each leaf criterion, the chosen option by its 0-based position in
 * printed order, keyed by the criterion code as printed ({@code "1.1"}, {@code "6.1.1"}).
 *
 * <p>A conditional criterion left out means its condition does not hold (it scores 0). Whether every other
 * criterion is present and every index exists is checked against the sheet when scoring.
 */
@Value.Immutable
public interface MemberScores {

    /** @return the id of the council member who filled the sheet */
    @NotBlank
    @Identifier
    @Value.Parameter
    String getMemberId();

    /** @return criterion code → chosen option index (0-based, printed order) */
    @Value.Parameter
    Map<@NotBlank @Identifier String, @PositiveOrZero Integer> getChoices();

    /**
     * @param memberId the member
     * @param choices criterion code → option index
     * @return the filled sheet
     */
    static MemberScores of(String memberId, Map<String, Integer> choices) {
        return ImmutableMemberScores.of(memberId, choices);
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MemberScores}. */
    final class Builder extends ImmutableMemberScores.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
