package org.ocop.core.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;

/**
 * A numbered group of criteria within a part (e.g. "1. TỔ CHỨC SẢN XUẤT"); groups are numbered across the
 * whole sheet ({@code "1"} … {@code "17"}).
 */
@Value.Immutable
public interface CriterionGroup {

    /** @return the printed number, e.g. {@code "1"} */
    @NotBlank
    String getCode();

    /** @return the printed name and an English rendering */
    @Valid
    LocalizedText getName();

    /** @return the printed maximum */
    int getMaxPoints();

    /** @return the criteria in printed order */
    List<@Valid Criterion> getCriteria();

    /** @return a knock-out note that applies to the whole group (sheet 16, group 6) */
    Optional<@Valid Knockout> getKnockout();

    /** @return explanatory text printed with the group */
    Optional<String> getDescription();

    /** @return the maximum as printed, where it was unusable */
    Optional<String> getPrintedMax();

    /** @return observations about the printed group */
    List<String> getSourceNotes();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriterionGroup}. */
    final class Builder extends ImmutableCriterionGroup.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
