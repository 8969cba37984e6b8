package org.ocop.core.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.ReportedAt;

/**
 * A producer (<i>chủ thể OCOP</i>): the legal entity that makes and owns an OCOP product
 * (Decision 26/2026/QĐ-TTg Art. 2; {@code docs/rules.md} §2). A producer has many products; a product
 * belongs to one producer.
 */
@Value.Immutable
public interface Producer {

    /** @return the identifier in the province system, unique within a registry */
    @NotBlank
    @Identifier
    String getId();

    /** @return the registered legal name */
    @NotBlank
    String getLegalName();

    /** @return the kind of producer */
    ProducerType getType();

    /** @return the business or tax registration code; households without one leave it empty */
    Optional<RegistrationCode> getRegistrationCode();

    /** @return where the producer is registered */
    @Valid
    Address getAddress();

    /** @return the workforce, if recorded */
    Optional<@Valid Workforce> getWorkforce();

    /** @return the number of members, for cooperatives and cooperative groups */
    Optional<@Positive Integer> getMembers();

    /** @return whether members are only recorded for producers that have members (Bean Validation rule) */
    @ReportedAt("members")
    @AssertTrue(message = "{org.ocop.Producer.members}")
    default boolean isMembersOnlyForCooperatives() {
        return getMembers().isEmpty() || getType().hasMembers();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Producer}. */
    final class Builder extends ImmutableProducer.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
