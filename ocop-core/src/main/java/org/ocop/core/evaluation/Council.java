package org.ocop.core.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ocop.core.AuthorityLevel;

/**
 * An evaluation council (<i>hội đồng đánh giá, phân hạng sản phẩm OCOP</i>) at commune, province or
 * central level.
 */
@Value.Immutable
public interface Council {

    /** @return the level that convened the council */
    AuthorityLevel getLevel();

    /** @return the members, at least one */
    @Size(min = 1, message = "{org.ocop.Council.members}")
    List<@Valid CouncilMember> getMembers();

    /** @return the chair's member id (<i>chủ tịch hội đồng</i>), if recorded */
    Optional<String> getChairId();

    /** @return the members present, by id; empty means every member was present */
    Set<String> getPresent();

    /** @return whether member ids are unique (Bean Validation rule) */
    @AssertTrue(message = "{org.ocop.Council.uniqueIds}")
    default boolean isMemberIdsUnique() {
        Set<String> seen = new HashSet<>();
        return getMembers().stream().allMatch(m -> seen.add(m.getId()));
    }

    /** @return whether the chair and the present members are members (Bean Validation rule) */
    @AssertTrue(message = "{org.ocop.Council.chairAndPresent}")
    default boolean isChairAndPresentAreMembers() {
        return getChairId().map(this::hasMember).orElse(true) && getPresent().stream().allMatch(this::hasMember);
    }

    /**
     * @param id a member id
     * @return whether a member has that id
     */
    default boolean hasMember(String id) {
        return getMembers().stream().anyMatch(m -> m.getId().equals(id));
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Council}. */
    final class Builder extends ImmutableCouncil.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
