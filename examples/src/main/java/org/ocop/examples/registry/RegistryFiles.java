package org.ocop.examples.registry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocop.core.product.Producer;
import org.ocop.core.product.Product;
import org.ocop.core.registry.RegistryProduct;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.examples.cli.InvalidInputException;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopJsonException;
import org.ocop.scoring.report.Registry;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * Reads registry documents ({@code "type": "registry"}) through ocop-json (the 32 MiB bound, strict reading,
 * references checked with JSON pointers) and turns them into a {@link Registry}.
 */
public final class RegistryFiles {

    private RegistryFiles() {}

    /**
     * Reads a registry whose certificates name rulebooks of the shipped catalogue.
     *
     * @param source the document's name, for messages
     * @param in the document, left open
     * @return the registry's records
     * @throws InvalidInputException naming the JSON pointer of each problem
     */
    public static RegistryRecords read(String source, InputStream in) {
        return read(source, in, Set.copyOf(RulebookCatalogue.standard().getIds()));
    }

    /**
     * @param source the document's name, for messages
     * @param in the document, left open
     * @param knownRulebooks the rulebook ids a certificate may name
     * @return the registry's records
     * @throws InvalidInputException naming the JSON pointer of each problem
     */
    public static RegistryRecords read(String source, InputStream in, Set<String> knownRulebooks) {
        try {
            return OcopJson.readRegistry(in, knownRulebooks);
        } catch (OcopJsonException e) {
            int more = e.getProblems().size() - 1;
            throw new InvalidInputException(source, e.getPointer(), e.getProblems().get(0).getMessage()
                    + (more > 0 ? " (and " + more + " more problems)" : ""), e);
        }
    }

    /**
     * @param records a registry
     * @return its canonical document text
     */
    public static String write(RegistryRecords records) {
        return OcopJson.write(records);
    }

    /**
     * Builds the registry: each product with its producer, and the lifecycle events as recorded.
     *
     * @param source the document's name, for messages
     * @param records the registry's records (references checked when read)
     * @return the registry
     * @throws InvalidInputException if the events do not form a valid history
     */
    public static Registry toRegistry(String source, RegistryRecords records) {
        Map<String, Producer> producers = new HashMap<>();
        for (Producer p : records.getProducers()) {
            producers.put(p.getId(), p);
        }
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < records.getProducts().size(); i++) {
            RegistryProduct row = records.getProducts().get(i);
            Producer producer = producers.get(row.getProducerId());
            if (producer == null) {
                throw new InvalidInputException(source, "/products/" + i + "/producerId",
                        "no producer " + row.getProducerId(), null);
            }
            products.add(Product.builder().id(row.getId()).name(row.getName()).productSet(row.getProductSet())
                    .producer(producer).build());
        }
        try {
            return Registry.of(products, records.getEvents());
        } catch (IllegalArgumentException | org.ocop.core.OcopException e) {
            throw new InvalidInputException(source, "/events", e.getMessage(), e);
        }
    }
}
