package org.ocop.core.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;

/** A member of an evaluation council (<i>thành viên hội đồng</i>). */
@Value.Immutable
public interface CouncilMember {

    /** @return the member's identifier, unique within the council */
    @NotBlank
    @Identifier
    String getId();

    /** @return the member's name */
    @NotBlank
    String getName();

    /** @return the member's role or agency, if recorded */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getRole();

    /**
     * @param id the identifier
     * @param name the name
     * @return a member without role
     */
    static CouncilMember of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CouncilMember}. */
    final class Builder extends ImmutableCouncilMember.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
