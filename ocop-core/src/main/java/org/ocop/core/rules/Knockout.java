package org.ocop.core.rules;

import jakarta.validation.Valid;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;

/**
 * A knock-out note printed on a sheet, on a group or a criterion (e.g. "Ghi chú: Bị loại nếu …"), with
 * its effect.
 */
@Value.Immutable
public interface Knockout {

    /** @return the printed note */
    @Valid
    @Value.Parameter
    LocalizedText getText();

    /** @return the effect read from the wording */
    @Value.Parameter
    KnockoutEffect getEffect();

    /**
     * @param text the printed note
     * @param effect its effect
     * @return the knock-out
     */
    static Knockout of(LocalizedText text, KnockoutEffect effect) {
        return ImmutableKnockout.of(text, effect);
    }
}
