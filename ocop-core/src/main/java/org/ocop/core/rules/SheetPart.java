package org.ocop.core.rules;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.LocalizedText;

/** One of the three parts (A, B, C) of a criteria sheet. */
@Value.Immutable
public interface SheetPart {

    /** @return A, B or C */
    PartCode getCode();

    /** @return the printed name and an English rendering */
    @Valid
    LocalizedText getName();

    /** @return the printed maximum */
    int getMaxPoints();

    /** @return the groups in printed order */
    List<@Valid CriterionGroup> getGroups();

    /** @return the heading as printed, e.g. "Phần A: … (40 Điểm)" */
    Optional<String> getHeading();

    /** @return observations about the printed part */
    List<String> getSourceNotes();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SheetPart}. */
    final class Builder extends ImmutableSheetPart.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
