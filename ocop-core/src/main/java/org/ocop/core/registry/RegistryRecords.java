package org.ocop.core.registry;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.product.Producer;
import org.ocop.core.recognition.LifecycleEvent;

/**
 * The contents of a province's OCOP registry (<i>sổ theo dõi sản phẩm OCOP</i>): producers, products and
 * the lifecycle events of their recognitions; each certificate is carried by the event that issued it
 * ({@code RECOGNISED}, {@code RENEWED}, {@code UPGRADED}).
 *
 * <p>The references between them (a product's producer, an event's product, a certificate's rulebook) are
 * checked by the reader of the {@code registry} document, which can report each with its JSON pointer; a
 * value built in code is checked by whoever turns it into a registry (ocop-scoring's {@code Registry.of}).
 */
@Value.Immutable
public interface RegistryRecords {

    /** @return the registry's name, e.g. the province's register */
    Optional<String> getName();

    /** @return the day a report on this registry is made for by default */
    Optional<LocalDate> getReportOn();

    /** @return the producers, each once */
    List<@Valid Producer> getProducers();

    /** @return the products, each once */
    List<@Valid RegistryProduct> getProducts();

    /** @return the lifecycle events, in the order they happened per product */
    List<@Valid LifecycleEvent> getEvents();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegistryRecords}. */
    final class Builder extends ImmutableRegistryRecords.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
