package org.ocop.core.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;

/**
 * One product of a registry (<i>sản phẩm OCOP</i>): its id, name and product set, and the id of its
 * producer, which the registry lists once in {@link RegistryRecords#getProducers()}.
 */
@Value.Immutable
public interface RegistryProduct {

    /** @return the product's id, unique in the registry */
    @NotBlank
    @Identifier
    String getId();

    /** @return the product's name */
    @Valid
    LocalizedText getName();

    /** @return the product set (<i>bộ sản phẩm</i>) it belongs to */
    ProductSet getProductSet();

    /** @return the id of its producer (<i>chủ thể</i>) */
    @NotBlank
    @Identifier
    String getProducerId();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegistryProduct}. */
    final class Builder extends ImmutableRegistryProduct.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
