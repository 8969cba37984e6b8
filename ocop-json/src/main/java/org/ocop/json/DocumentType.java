package org.ocop.json;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.product.Producer;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;

/**
 * The kinds of top-level OCOP documents. Every document is a JSON object whose first two properties are
 * {@code "ocopFormat": "1.0"} and {@code "type": <code>}, followed by the value's own properties.
 *
 * <p>Each type has a JSON Schema (draft 2020-12) on the class path at {@link #schemaResource()}.
 */
public enum DocumentType {
    /** A rulebook with its metadata, bands and criteria sheets ({@link Rulebook}). */
    RULEBOOK("rulebook", Rulebook.class),
    /** A council's evaluation of a product ({@link Evaluation}). */
    EVALUATION("evaluation", Evaluation.class),
    /** The explained result of scoring an evaluation ({@link ScoreResult}). */
    SCORE_RESULT("scoreResult", ScoreResult.class),
    /** A product with its producer ({@link Product}). */
    PRODUCT("product", Product.class),
    /** A producer ({@link Producer}). */
    PRODUCER("producer", Producer.class),
    /** A recognition certificate ({@link Certificate}). */
    CERTIFICATE("certificate", Certificate.class),
    /** One event in a recognition's lifecycle ({@link LifecycleEvent}). */
    LIFECYCLE_EVENT("lifecycleEvent", LifecycleEvent.class),
    /**
     * A province's registry: producers, products and the lifecycle events of their recognitions ({@link
     * RegistryRecords}); read with its references checked (every product's producer and every event's
     * product is listed; with {@link OcopReader#readRegistry(InputStream, Set)}, every certificate's
     * rulebook is known).
     */
    REGISTRY("registry", RegistryRecords.class);

    /** The name of the format-version property, {@code "ocopFormat"}. */
    public static final String FORMAT_PROPERTY = "ocopFormat";
    /** The name of the document-type property, {@code "type"}. */
    public static final String TYPE_PROPERTY = "type";
    /**
     * The format version this library writes, {@code "1.0"}. It reads every {@code 1.x}: strictly up to
     * {@code 1.0}, and skipping (and reporting) the properties it does not know in a newer {@code 1.y}.
     */
    public static final String FORMAT_VERSION = "1.0";
    /** The major format version this library reads. */
    public static final int FORMAT_MAJOR = 1;
    /** The minor format version this library writes; documents of a newer minor are read leniently. */
    public static final int FORMAT_MINOR = 0;

    private final String code;
    private final Class<?> valueType;

    DocumentType(String code, Class<?> valueType) {
        this.code = code;
        this.valueType = valueType;
    }

    /** @return the value of the {@code type} property, e.g. {@code "scoreResult"} */
    public String code() {
        return code;
    }

    /** @return the ocop-core type of the document's value */
    public Class<?> valueType() {
        return valueType;
    }

    /** @return the class-path resource of the JSON Schema, e.g. {@code org/ocop/json/schema/rulebook.schema.json} */
    public String schemaResource() {
        return "org/ocop/json/schema/" + code + ".schema.json";
    }

    /**
     * @param code the value of a {@code type} property
     * @return the document type, if known
     */
    public static Optional<DocumentType> ofCode(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param type an ocop-core type or an implementation of one
     * @return the document type whose value it is, if any
     */
    public static Optional<DocumentType> of(Class<?> type) {
        for (DocumentType t : values()) {
            if (t.valueType.isAssignableFrom(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
