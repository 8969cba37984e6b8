package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocop.core.registry.RegistryRecords;

/** The registry document: its references are checked with JSON pointers (finding 7 of issue 11). */
class RegistryDocumentTest {

    private static final String EXAMPLE = OcopJsonTestSupport.resource("examples/registry.json");

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String recognised(String rulebookId) {
        RegistryRecords r = new Corpus(0).registry();
        assertThat(r.getEvents().get(0).getCertificate()).as("seed 0 carries a certificate").isPresent();
        return OcopJson.write(r).replace("\"QD-26-2026\"", "\"" + rulebookId + "\"");
    }

    @Test
    void theExampleReadsAndWritesBackIdentically() {
        RegistryRecords r = OcopJson.read(bytes(EXAMPLE), RegistryRecords.class);
        assertThat(r.getProducts()).hasSize(1);
        assertThat(OcopJson.write(r)).isEqualTo(EXAMPLE);
    }

    @Test
    void aProductOfAnUnlistedProducerIsRefusedAtItsProducerId() {
        String json = EXAMPLE.replace("\"producerId\": \"P-1\"", "\"producerId\": \"P-404\"");
        assertThatThrownBy(() -> OcopJson.read(bytes(json), RegistryRecords.class))
                .isInstanceOf(OcopJsonException.class)
                .hasMessage("at /products/0/producerId: no producer \"P-404\" in the registry's producers")
                .extracting(e -> ((OcopJsonException) e).getPointer()).isEqualTo("/products/0/producerId");
    }

    @Test
    void anEventOfAnUnlistedProductIsRefusedAtItsProductId() {
        String json = EXAMPLE.replace("\"id\": \"SP-1\"", "\"id\": \"SP-2\"");
        assertThatThrownBy(() -> OcopJson.read(bytes(json), RegistryRecords.class))
                .isInstanceOf(OcopJsonException.class)
                .extracting(e -> ((OcopJsonException) e).getPointer()).isEqualTo("/events/0/productId");
    }

    @Test
    void aCertificateNamingAnUnknownRulebookIsRefusedWhenTheCallerNamesItsRulebooks() {
        String json = recognised("QD-999");
        Set<String> known = Set.of("QD-148-2023", "QD-26-2026");
        assertThatThrownBy(() -> OcopJson.readRegistry(new ByteArrayInputStream(bytes(json)), known))
                .isInstanceOf(OcopJsonException.class)
                .hasMessage("at /events/0/certificate/rulebookId: unknown rulebook \"QD-999\"; known: QD-148-2023, QD-26-2026");
        assertThat(OcopJson.readRegistry(new ByteArrayInputStream(bytes(recognised("QD-148-2023"))), known)
                .getEvents()).hasSize(1);
    }

    @Test
    void duplicateProducerIdsAreRefused() {
        RegistryRecords r = OcopJson.read(bytes(EXAMPLE), RegistryRecords.class);
        String json = OcopJson.write(RegistryRecords.builder().from(r).addProducers(r.getProducers().get(0)).build());
        assertThatThrownBy(() -> OcopJson.read(bytes(json), RegistryRecords.class))
                .isInstanceOf(OcopJsonException.class)
                .extracting(e -> ((OcopJsonException) e).getPointer()).isEqualTo("/producers/1/id");
    }

    @Test
    void aWrongHeaderTypeIsRefused() {
        String json = EXAMPLE.replace("\"type\": \"registry\"", "\"type\": \"product\"");
        assertThatThrownBy(() -> OcopJson.read(bytes(json), RegistryRecords.class))
                .isInstanceOf(OcopJsonException.class)
                .extracting(e -> ((OcopJsonException) e).getPointer()).isEqualTo("/type");
    }
}
