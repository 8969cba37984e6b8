package org.ocop.core.rules;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;

/**
 * One case of an {@link CriterionKind#ALTERNATIVES alternatives} criterion (tourism sheet 26, groups 8, 9
 * and 15: "Lựa chọn một trong hai trường hợp sau"): the evaluator picks a case, then an option in it.
 */
@Value.Immutable
public interface Alternative {

    /** @return the printed case label, e.g. "a. Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp" */
    @Valid
    LocalizedText getLabel();

    /** @return the case's options in printed order */
    List<@Valid CriterionOption> getOptions();

    /** @return the case maximum where a transcription printed one */
    Optional<Integer> getPrintedMax();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Alternative}. */
    final class Builder extends ImmutableAlternative.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
