package org.ocop.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.ocop.core.OcopValidation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.core.rules.Rulebook;

/**
 * Reads and writes OCOP documents: strict, validated reading and canonical writing.
 *
 * <pre>{@code
 * Rulebook rulebook = OcopJson.readRulebook(in);                   // validated
 * Evaluation ev = OcopJson.readEvaluation(bytes);                  // bound and validated
 * String json = OcopJson.write(result);                            // canonical document text
 * OcopReader mine = OcopJson.reader(OcopValidation.using(validator)); // the caller's Validator
 * }</pre>
 *
 * <p><b>Reading</b> (the static methods use {@link #reader()}; see {@link OcopReader} for the rules) binds
 * with the declared format-1 bindings over Jackson's streaming parser, refusing malformed JSON, duplicate
 * keys, trailing content, unknown or {@code null} properties, wrong types, missing required properties and
 * values the domain model refuses; it enforces stream limits ({@link #MAX_DOCUMENT_LENGTH}, {@link
 * #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link #MAX_NUMBER_LENGTH}, {@link #MAX_NAME_LENGTH});
 * no polymorphic typing exists. The bound value is then checked with {@link OcopValidation}, so a value
 * returned is always valid. Every problem is reported as one {@link OcopJsonException} with a JSON Pointer.
 *
 * <p>Validation needs a Jakarta Bean Validation provider at run time (e.g. {@code hibernate-validator} with
 * {@code org.glassfish.expressly:expressly}); ocop-json does not bring one. Without a provider, reading with
 * {@link #reader()} fails with the exception {@link OcopValidation#standard()} documents.
 *
 * <p><b>Writing</b> gives the canonical form: UTF-8, two-space indentation, {@code \n} line ends and a final
 * newline, properties in alphabetical order after the header, no {@code null}s and no empty collections,
 * decimals as plain numbers, dates as {@code yyyy-MM-dd}, star ranks as integers 1 to 5. Reading a canonical
 * document and writing it again gives the same bytes. {@link #writeAll} writes many documents at once, as a
 * JSON array or as JSON Lines, each with its header; {@link OcopReader#readAll} reads them back one by one.
 *
 * <p>This class is thread-safe.
 */
public final class OcopJson {

    /** The largest document read, in bytes or characters: 32 MiB (for bulk input: each element). */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
    /** The deepest nesting of arrays and objects read: 64 (a rulebook needs about 20). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters: 1,000,000. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number read, in characters: 64. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest property name read, in characters: 1,000. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonFactory FACTORY = factory(MAX_DOCUMENT_LENGTH);
    /** For bulk input: no limit on the whole input; each element is bounded by {@link BoundedInput}. */
    static final JsonFactory BULK_FACTORY = factory(-1);
    private static final OcopReader STANDARD_READER = new OcopReader(null);
    private static volatile OcopValidation standardValidation;

    private OcopJson() {}

    private static JsonFactory factory(long maxDocumentLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentLength)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** @return the reader over {@link OcopValidation#standard()} (looked up on first read) */
    public static OcopReader reader() {
        return STANDARD_READER;
    }

    /**
     * @param validation the validation to run after binding, e.g. {@code OcopValidation.using(validator)}
     *     with the caller's {@code Validator}, locale and messages
     * @return a reader that validates with it
     */
    public static OcopReader reader(OcopValidation validation) {
        require(validation, "validation");
        return new OcopReader(validation);
    }

    /** @return the standard validation, created on first use; a failure is not cached */
    static OcopValidation standardValidation() {
        OcopValidation v = standardValidation;
        if (v == null) {
            v = OcopValidation.standard();
            standardValidation = v;
        }
        return v;
    }

    /**
     * @return a new mapper for applications that bind OCOP values inside their own JSON: {@link OcopModule}
     *     (strict for OCOP types), plus Jackson's {@code JavaTimeModule} and ISO dates for the caller's
     *     own types; it binds but does not validate. Prefer {@link #read(byte[], Class)} for documents.
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder(factory(MAX_DOCUMENT_LENGTH))
                .addModule(new OcopModule())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPrettyPrinter(printer())
                .build();
    }

    /**
     * Reads and validates a value ({@link #reader()}).
     *
     * @param json the UTF-8 (or UTF-16/32 with BOM detection) document
     * @param type an ocop-core type; a {@link DocumentType} value type requires the document header
     * @param <T> the type
     * @return the valid value
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     */
    public static <T> T read(byte[] json, Class<T> type) {
        return STANDARD_READER.read(json, type);
    }

    /**
     * Reads and validates a value from a stream, which is left open.
     *
     * @param json the document
     * @param type an ocop-core type
     * @param <T> the type
     * @return the valid value
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        return STANDARD_READER.read(json, type);
    }

    /**
     * Reads and validates a value from text.
     *
     * @param json the document
     * @param type an ocop-core type
     * @param <T> the type
     * @return the valid value
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     */
    public static <T> T read(String json, Class<T> type) {
        return STANDARD_READER.read(json, type);
    }

    /**
     * Reads a rulebook document ({@code "type": "rulebook"}); the stream is left open.
     *
     * @param json the document
     * @return the valid rulebook, its sheets' arithmetic checked by the domain model
     * @throws OcopJsonException when the document is not a valid rulebook
     */
    public static Rulebook readRulebook(InputStream json) {
        return read(json, Rulebook.class);
    }

    /**
     * Reads an evaluation document: bound and validated. Whether its choices fit a rulebook's sheet is
     * checked by the scoring engine when it is scored.
     *
     * @param json the document
     * @return the valid evaluation
     * @throws OcopJsonException when the document is not a valid evaluation
     */
    public static Evaluation readEvaluation(byte[] json) {
        return read(json, Evaluation.class);
    }

    /**
     * Reads an evaluation document from a stream (left open): bound and validated.
     *
     * @param json the document
     * @return the valid evaluation
     * @throws OcopJsonException when the document is not a valid evaluation
     */
    public static Evaluation readEvaluation(InputStream json) {
        return read(json, Evaluation.class);
    }

    /**
     * Reads a registry document, as {@link #reader()}{@code .readRegistry(json, knownRulebooks)}: bound,
     * validated and its references checked (every certificate names one of the given rulebooks).
     *
     * @param json the document, left open
     * @param knownRulebooks the rulebook ids a certificate may name
     * @return the valid registry
     * @throws OcopJsonException when the document is not a valid registry or a reference is broken
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static RegistryRecords readRegistry(InputStream json, Set<String> knownRulebooks) {
        return STANDARD_READER.readRegistry(json, knownRulebooks);
    }

    /**
     * Reads any OCOP document, choosing the type by its {@code "type"} property.
     *
     * @param json the document
     * @return the valid value: a {@link Rulebook}, an {@link Evaluation}, …
     * @throws OcopJsonException when the document is not a valid OCOP document
     */
    public static Object readAny(byte[] json) {
        return STANDARD_READER.readAny(json);
    }

    /**
     * Writes a value in the canonical form; a document type gets its header.
     *
     * @param value an ocop-core value
     * @return the document text, ending with a newline
     * @throws IllegalArgumentException if the value is null or not an ocop-core value
     */
    public static String write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a value in the canonical form, UTF-8, to a stream that is flushed and left open.
     *
     * @param value an ocop-core value
     * @param out the stream
     * @throws IllegalArgumentException if the value is null or not an ocop-core value
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(Object value, OutputStream out) {
        require(value, "value");
        require(out, "out");
        TypeBinding<Object, ?> binding = binding(value);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.setPrettyPrinter(printer());
            binding.write(value, gen, true);
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How {@link #writeAll} lays out many documents. */
    public enum Bulk {
        /** One JSON array whose elements are the canonical documents, each with its header. */
        JSON_ARRAY,
        /** JSON Lines: one document per line, each with its header, without indentation. */
        JSON_LINES
    }

    /**
     * Writes many values at once, streaming: each value as a document with its header.
     *
     * @param values ocop-core values (of any document types)
     * @param out the stream, flushed and left open
     * @param layout a JSON array or JSON Lines
     * @throws IllegalArgumentException if a value is null or not an ocop-core value
     * @throws UncheckedIOException when the stream fails
     */
    public static void writeAll(Iterable<?> values, OutputStream out, Bulk layout) {
        require(values, "values");
        require(out, "out");
        require(layout, "layout");
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            if (layout == Bulk.JSON_ARRAY) {
                gen.setPrettyPrinter(printer());
                gen.writeStartArray();
                for (Object value : values) {
                    binding(value).write(value, gen, true);
                }
                gen.writeEndArray();
                gen.writeRaw('\n');
            } else {
                gen.setRootValueSeparator(null);
                for (Object value : values) {
                    TypeBinding<Object, ?> b = binding(value);
                    b.write(value, gen, true);
                    gen.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads many documents of one type, as {@link #reader()}{@code .readAll(in, type)}.
     *
     * @param in a JSON array of documents or JSON Lines; left open
     * @param type an ocop-core document type
     * @param <T> the type
     * @return the values, read lazily; close the stream when done
     */
    public static <T> Stream<T> readAll(InputStream in, Class<T> type) {
        return STANDARD_READER.readAll(in, type);
    }

    @SuppressWarnings("unchecked")
    private static TypeBinding<Object, ?> binding(Object value) {
        require(value, "value");
        return (TypeBinding<Object, ?>) Bindings.of(value.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "Not an ocop-core value: " + value.getClass().getName()));
    }

    static OcopReader.Source open(byte[] json) {
        return () -> FACTORY.createParser(json);
    }

    static OcopReader.Source open(InputStream json) {
        return () -> FACTORY.createParser(json);
    }

    static OcopReader.Source open(String json) {
        return () -> FACTORY.createParser(json);
    }

    static JsonParser bulkParser(InputStream in) throws IOException {
        return BULK_FACTORY.createParser(in);
    }

    static void require(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
