package org.ocop.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ocop.core.Violation;
import org.ocop.core.product.Producer;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.registry.RegistryProduct;
import org.ocop.core.registry.RegistryRecords;

/**
 * The references inside a registry document that a schema cannot state: producer and product ids are
 * unique, every product's producer is listed, every event names a listed product and, when the caller
 * names the rulebooks it knows, every certificate names one of them. Each problem is reported with its
 * JSON pointer.
 */
final class RegistryChecks {

    private RegistryChecks() {}

    /**
     * @param records the bound, valid registry
     * @param prefix the pointer of the document in a larger input
     * @param knownRulebooks the rulebook ids a certificate may name; empty = not checked
     * @throws OcopJsonException listing every broken reference
     */
    static void check(RegistryRecords records, String prefix, Optional<Set<String>> knownRulebooks) {
        List<Violation> problems = new ArrayList<>();
        Set<String> producers = new HashSet<>();
        for (int i = 0; i < records.getProducers().size(); i++) {
            Producer p = records.getProducers().get(i);
            if (!producers.add(p.getId())) {
                problems.add(Violation.of(prefix + "/producers/" + i + "/id", "duplicate producer id "
                        + Codecs.quote(p.getId()), p.getId()));
            }
        }
        Set<String> products = new HashSet<>();
        for (int i = 0; i < records.getProducts().size(); i++) {
            RegistryProduct p = records.getProducts().get(i);
            if (!products.add(p.getId())) {
                problems.add(Violation.of(prefix + "/products/" + i + "/id", "duplicate product id "
                        + Codecs.quote(p.getId()), p.getId()));
            }
            if (!producers.contains(p.getProducerId())) {
                problems.add(Violation.of(prefix + "/products/" + i + "/producerId", "no producer "
                        + Codecs.quote(p.getProducerId()) + " in the registry's producers", p.getProducerId()));
            }
        }
        for (int i = 0; i < records.getEvents().size(); i++) {
            LifecycleEvent e = records.getEvents().get(i);
            String at = prefix + "/events/" + i;
            if (!products.contains(e.getProductId())) {
                problems.add(Violation.of(at + "/productId", "no product " + Codecs.quote(e.getProductId())
                        + " in the registry's products", e.getProductId()));
            }
            if (knownRulebooks.isPresent() && e.getCertificate().isPresent()) {
                String id = e.getCertificate().get().getRulebookId();
                if (!knownRulebooks.get().contains(id)) {
                    problems.add(Violation.of(at + "/certificate/rulebookId", "unknown rulebook "
                            + Codecs.quote(id) + "; known: " + String.join(", ", new java.util.TreeSet<>(knownRulebooks.get())), id));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopJsonException(problems);
        }
    }
}
