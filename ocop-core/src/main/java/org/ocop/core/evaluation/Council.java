package org.ocop.core.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.ReportedAt;

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
    Optional<@Identifier String> getChairId();

    /** @return the members present, by id; empty means every member was present */
    Set<@Identifier String> getPresent();

    /**
     * Bean Validation rule: member ids are unique.
     *
     * @return the first member id held by two members; empty when ids are unique
     */
    @ReportedAt("members")
    default Optional<@Null(message = "{org.ocop.Council.uniqueIds}") String> getRepeatedMemberId() {
        return Repeats.first(getMembers(), CouncilMember::getId);
    }

    /**
     * Bean Validation rule: the chair is a member.
     *
     * @return the chair's id when no member has it; empty otherwise
     */
    @ReportedAt("chairId")
    default Optional<@Null(message = "{org.ocop.Council.chairAndPresent}") String> getUnknownChairId() {
        return getChairId().filter(id -> !hasMember(id));
    }

    /**
     * Bean Validation rule: the members present are members.
     *
     * @return the first id among those present that no member has; empty otherwise
     */
    @ReportedAt("present")
    default Optional<@Null(message = "{org.ocop.Council.chairAndPresent}") String> getUnknownPresentId() {
        for (String id : getPresent()) {
            if (!hasMember(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id a member id
     * @return whether a member has that id
     */
    default boolean hasMember(String id) {
        for (CouncilMember m : getMembers()) {
            if (m.getId().equals(id)) {
                return true;
            }
        }
        return false;
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
