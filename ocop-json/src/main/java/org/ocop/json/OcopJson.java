package org.ocop.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;

/**
 * Reads and writes OCOP documents: strict, validated reading and canonical writing.
 *
 * <pre>{@code
 * Rulebook rulebook = OcopJson.readRulebook(in);                   // validated
 * Evaluation ev = OcopJson.readEvaluation(bytes, rulebook);        // + choices checked against the sheet
 * String json = OcopJson.write(result);                            // canonical document text
 * }</pre>
 *
 * <p><b>Reading</b> binds with {@link OcopModule}, refusing malformed JSON, duplicate keys, trailing content,
 * unknown or {@code null} properties, wrong types (no coercion of strings to numbers, floats to integers or
 * numbers to enums), missing required properties and values the domain model refuses; it enforces stream
 * limits ({@link #MAX_DOCUMENT_LENGTH}, {@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link
 * #MAX_NUMBER_LENGTH}); no polymorphic typing is ever enabled. A document type ({@link DocumentType}) must
 * carry the header {@code "ocopFormat": "1.x"} and its {@code "type"}. The bound value is then checked with
 * {@link OcopValidation#standard()}, so a value returned is always valid. Every problem is reported as one
 * {@link OcopJsonException} with a JSON Pointer.
 *
 * <p>Validation needs a Jakarta Bean Validation provider at run time (e.g. {@code hibernate-validator} with
 * {@code org.glassfish.expressly:expressly}); ocop-json does not bring one. Without a provider, reading
 * fails with an {@link IllegalStateException} saying so.
 *
 * <p><b>Writing</b> gives the canonical form: UTF-8, two-space indentation, {@code \n} line ends and a final
 * newline, properties in alphabetical order after the header, no {@code null}s and no empty collections,
 * {@code BigDecimal}s as plain numbers, dates as {@code yyyy-MM-dd}, star ranks as integers 1 to 5. Reading a
 * canonical document and writing it again gives the same bytes.
 *
 * <p>This class is thread-safe.
 */
public final class OcopJson {

    /** The largest document read, in bytes or characters: 32 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
    /** The deepest nesting of arrays and objects read: 64 (a rulebook needs about 20). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters: 1,000,000. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number read, in characters: 64. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest property name read, in characters: 1,000. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private OcopJson() {}

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder(factory)
                .addModule(new OcopModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPrettyPrinter(printer)
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .build();
    }

    /**
     * @return a new copy of the exchange mapper (strict reading, canonical writing, {@link OcopModule}); the
     *     caller may reconfigure it without affecting this class. It binds but does not validate: prefer
     *     {@link #read(byte[], Class)}.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * Reads and validates a value.
     *
     * @param json the UTF-8 (or UTF-16/32 with BOM detection) document
     * @param type an ocop-core type; a {@link DocumentType} value type requires the document header
     * @param <T> the type
     * @return the valid value
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     */
    public static <T> T read(byte[] json, Class<T> type) {
        require(json, "json");
        return validated(bind(reader(type), r -> r.createParser(json)));
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
        require(json, "json");
        return validated(bind(reader(type), r -> r.createParser(json)));
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
        require(json, "json");
        return validated(bind(reader(type), r -> r.createParser(json)));
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
     * Reads an evaluation document and checks its choices against the sheet of the product's set in the
     * rulebook: that the rulebook has a sheet for it (the choices are checked by the scoring engine's one fit
     * check, {@code ScoringEngine.violations}).
     *
     * @param json the document
     * @param rulebook the rulebook the evaluation is scored under
     * @return the valid evaluation
     * @throws OcopJsonException when the document is invalid or does not fit the rulebook, e.g. at {@code
     *     /memberScores/0/choices/1.3}
     */
    public static Evaluation readEvaluation(byte[] json, Rulebook rulebook) {
        return fit(read(json, Evaluation.class), rulebook);
    }

    /**
     * Reads an evaluation document from a stream (left open) and checks it against the rulebook, as {@link
     * #readEvaluation(byte[], Rulebook)}.
     *
     * @param json the document
     * @param rulebook the rulebook the evaluation is scored under
     * @return the valid evaluation
     * @throws OcopJsonException when the document is invalid or does not fit the rulebook
     */
    public static Evaluation readEvaluation(InputStream json, Rulebook rulebook) {
        return fit(read(json, Evaluation.class), rulebook);
    }

    /**
     * Reads any OCOP document, choosing the type by its {@code "type"} property.
     *
     * @param json the document
     * @return the valid value: a {@link Rulebook}, an {@link Evaluation}, …
     * @throws OcopJsonException when the document is not a valid OCOP document
     */
    public static Object readAny(byte[] json) {
        require(json, "json");
        DocumentType type = bind(MAPPER.reader(), r -> r.createParser(json), (r, p) -> peekType(p), false);
        return read(json, type.valueType());
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
        if (Binding.forClass(value.getClass()) == null) {
            throw new IllegalArgumentException("Not an ocop-core value: " + value.getClass().getName());
        }
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            WRITER.writeValue(gen, value);
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /** Opens a parser over the caller's input. */
    private interface Source {
        JsonParser open(ObjectReader reader) throws IOException;
    }

    private static ObjectReader reader(Class<?> type) {
        require(type, "type");
        return MAPPER.readerFor(type);
    }

    private static DocumentType peekType(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new OcopJsonException("", "an OCOP document is a JSON object, found "
                    + ValueDeserializer.describe(p.currentToken()), null);
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (DocumentType.TYPE_PROPERTY.equals(name)) {
                String code = v == JsonToken.VALUE_STRING ? p.getText() : ValueDeserializer.describe(v);
                return DocumentType.ofCode(code).orElseThrow(() -> new OcopJsonException("/type",
                        "unknown document type '" + code + "'; known: " + List.of(DocumentType.values()).stream()
                                .map(DocumentType::code).collect(Collectors.joining(", ")), null));
            }
            p.skipChildren();
        }
        throw new OcopJsonException("/type", "missing document header property 'type'", null);
    }

    private interface Bind<T> {
        T apply(ObjectReader reader, JsonParser parser) throws IOException;
    }

    private static <T> T bind(ObjectReader reader, Source source) {
        return bind(reader, source, (r, p) -> r.readValue(p), true);
    }

    /**
     * Runs a binding over a parser that this method owns, so that every failure, including stream limits,
     * gets the pointer of the place the parser stopped at, unless Jackson's path is more precise.
     */
    private static <T> T bind(ObjectReader reader, Source source, Bind<T> bind, boolean whole) {
        JsonParser p = null;
        try {
            p = source.open(reader);
            if (p.nextToken() == null) {
                throw new OcopJsonException("", "the document is empty", null);
            }
            T value = bind.apply(reader, p);
            JsonToken trailing = whole ? p.nextToken() : null;
            if (trailing != null) {
                throw new OcopJsonException("", "trailing content after the document: "
                        + ValueDeserializer.describe(trailing) + location(p.currentLocation()), null);
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new OcopJsonException(Pointers.of(e.getPath()), "unknown property '" + e.getPropertyName()
                    + "' of " + e.getReferringClass().getSimpleName() + "; known properties: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")),
                    e);
        } catch (JsonMappingException e) {
            JsonProcessingException stream = streamCause(e);
            if (stream != null) {
                throw new OcopJsonException(contextPointer(p), clean(stream.getOriginalMessage())
                        + location(stream.getLocation()), e);
            }
            String pointer = e.getPath().isEmpty() ? contextPointer(p) : Pointers.of(e.getPath());
            throw new OcopJsonException(pointer, clean(e.getOriginalMessage()) + location(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new OcopJsonException(contextPointer(p), clean(e.getOriginalMessage()) + location(e.getLocation()), e);
        } catch (java.io.CharConversionException e) {
            // bytes Jackson's encoding detection took for UTF-16/32 but that are not: a user's mistake, not I/O
            throw new OcopJsonException(contextPointer(p), "the document is not valid UTF-8, UTF-16 or UTF-32 text: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // closing a parser over the caller's stream (AUTO_CLOSE_SOURCE off) does not fail the read
                }
            }
        }
    }

    private static JsonProcessingException streamCause(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonProcessingException && !(c instanceof JsonMappingException)) {
                return (JsonProcessingException) c;
            }
        }
        return null;
    }

    private static String contextPointer(JsonParser p) {
        return p == null || p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    private static String location(com.fasterxml.jackson.core.JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** Drops Jackson's hints about annotations and features that a document author cannot act on. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = message;
        int hint = m.indexOf(" (but might if coercion");
        if (hint >= 0) {
            m = m.substring(0, hint);
        }
        hint = m.indexOf("; nested exception");
        if (hint >= 0) {
            m = m.substring(0, hint);
        }
        m = m.replaceAll("\\s*\\((com\\.fasterxml|java\\.)[^)]*\\)", "");
        return m.replace("org.ocop.core.", "").replace("java.lang.", "").replace("java.math.", "")
                .replace("java.time.", "");
    }

    private static <T> T validated(T value) {
        List<Violation> violations = OcopValidation.standard().violations(value);
        if (violations.isEmpty()) {
            return value;
        }
        throw new OcopJsonException(toPointers(violations));
    }

    private static List<Violation> toPointers(List<Violation> violations) {
        List<Violation> problems = new ArrayList<>();
        for (Violation v : violations) {
            String message = v.invalidValue().isEmpty() ? v.message() : v.message() + " (was " + v.invalidValue() + ")";
            problems.add(new Violation(Pointers.ofPropertyPath(v.path()), message, v.invalidValue()));
        }
        return problems;
    }

    private static Evaluation fit(Evaluation evaluation, Rulebook rulebook) {
        require(rulebook, "rulebook");
        if (evaluation.getRulebookId().isPresent() && !evaluation.getRulebookId().get().equals(rulebook.getId())) {
            throw new OcopJsonException("/rulebookId", "the evaluation names rulebook "
                    + evaluation.getRulebookId().get() + " but is read against rulebook " + rulebook.getId(), null);
        }
        if (rulebook.getCompleteness() == Completeness.TOTALS_ONLY) {
            throw new OcopJsonException("/product/productSet", "rulebook " + rulebook.getId()
                    + " is totals-only: it has no criteria sheets to check the choices against", null);
        }
        Optional<CriteriaSheet> sheet = rulebook.sheet(evaluation.getSheetNumber());
        if (sheet.isEmpty()) {
            throw new OcopJsonException("/product/productSet", "rulebook " + rulebook.getId() + " has no sheet "
                    + evaluation.getSheetNumber() + " for product set " + evaluation.getProduct().getProductSet(),
                    null);
        }
        return evaluation;
    }

    private static void require(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
