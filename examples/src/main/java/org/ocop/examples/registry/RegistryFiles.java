package org.ocop.examples.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.examples.cli.InvalidInputException;
import org.ocop.examples.registry.RegistryDocument.CertificateRow;
import org.ocop.examples.registry.RegistryDocument.ProducerRow;
import org.ocop.examples.registry.RegistryDocument.ProductRow;
import org.ocop.scoring.RecognitionPolicy;
import org.ocop.scoring.lifecycle.LifecyclePolicy;
import org.ocop.scoring.report.Registry;

/**
 * Reads and writes {@link RegistryDocument}s strictly (unknown or missing properties, duplicate keys and
 * wrong types are refused, each reported with its JSON pointer) and turns them into a {@link Registry}.
 */
public final class RegistryFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RegistryFiles() {}

    /**
     * @param source the document's name, for messages
     * @param in the document
     * @return the document
     * @throws InvalidInputException naming the JSON pointer of the first problem
     */
    public static RegistryDocument read(String source, InputStream in) {
        RegistryDocument doc;
        try {
            doc = MAPPER.readValue(in, RegistryDocument.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(source, pointer(e.getPath()), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, "", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc.ocopFormat() == null || !doc.ocopFormat().matches("1\\.\\d+")) {
            throw new InvalidInputException(source, "/ocopFormat", "format version 1.x expected", null);
        }
        if (!RegistryDocument.TYPE.equals(doc.type())) {
            throw new InvalidInputException(source, "/type", "a registry document has type \"registry\"", null);
        }
        return doc;
    }

    /**
     * @param doc a document
     * @return its canonical text
     */
    public static String write(RegistryDocument doc) {
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds the registry: products with their producers, and one lifecycle event per certificate.
     *
     * @param source the document's name, for messages
     * @param doc the document
     * @return the registry
     * @throws InvalidInputException naming the JSON pointer of an inconsistent value
     */
    public static Registry toRegistry(String source, RegistryDocument doc) {
        Map<String, Producer> producers = new HashMap<>();
        for (int i = 0; i < doc.producers().size(); i++) {
            ProducerRow p = doc.producers().get(i);
            String at = "/producers/" + i;
            try {
                Producer producer = Producer.builder().id(p.id()).legalName(p.legalName()).type(p.type())
                        .address(Address.builder().provinceCode(p.provinceCode()).communeCode(p.communeCode()).build())
                        .build();
                if (producers.put(p.id(), producer) != null) {
                    throw new InvalidInputException(source, at + "/id", "duplicate producer id " + p.id(), null);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException(source, at, String.valueOf(e.getMessage()), e);
            }
        }
        List<Product> products = new ArrayList<>();
        List<LifecycleEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LifecyclePolicy policy = LifecyclePolicy.standard();
        for (int i = 0; i < doc.products().size(); i++) {
            ProductRow row = doc.products().get(i);
            String at = "/products/" + i;
            Producer producer = producers.get(row.producerId());
            if (producer == null) {
                throw new InvalidInputException(source, at + "/producerId", "no producer " + row.producerId(), null);
            }
            if (!ids.add(row.id())) {
                throw new InvalidInputException(source, at + "/id", "duplicate product id " + row.id(), null);
            }
            try {
                products.add(Product.builder().id(row.id()).name(LocalizedText.of(row.name())).productSet(row.productSet())
                        .producer(producer).build());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException(source, at, String.valueOf(e.getMessage()), e);
            }
            for (int j = 0; j < row.certificates().size(); j++) {
                CertificateRow c = row.certificates().get(j);
                String cat = at + "/certificates/" + j;
                try {
                    StarRating rank = StarRating.of(c.stars());
                    Certificate cert = policy.issue(row.id(), rank, RecognitionPolicy.forRulebook(c.rulebookId())
                            .levelFor(rank, c.issuedOn())
                            .orElseThrow(() -> new IllegalArgumentException("only 3★ to 5★ are certified")),
                            c.issuingAuthority(), c.decisionNumber(), c.issuedOn(), c.rulebookId());
                    events.add(event(c.event(), cert));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new InvalidInputException(source, cat, String.valueOf(e.getMessage()), e);
                }
            }
        }
        try {
            return Registry.of(products, events);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, "/products", e.getMessage(), e);
        }
    }

    private static LifecycleEvent event(LifecycleEventType type, Certificate cert) {
        switch (type) {
            case RECOGNISED:
                return LifecycleEvent.recognised(cert);
            case RENEWED:
                return LifecycleEvent.renewed(cert);
            case UPGRADED:
                return LifecycleEvent.upgraded(cert);
            default:
                throw new IllegalArgumentException("a certificate row is RECOGNISED, RENEWED or UPGRADED, got " + type);
        }
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            out.append('/').append(r.getFieldName() != null
                    ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        return out.toString();
    }
}
