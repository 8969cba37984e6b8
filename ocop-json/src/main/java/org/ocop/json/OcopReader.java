package org.ocop.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.ocop.core.OcopStyle;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.registry.RegistryRecords;

/**
 * Reads OCOP documents strictly and validates what it read with the {@link OcopValidation} it was made
 * with: {@link OcopJson#reader()} uses {@link OcopValidation#standard()}, {@link
 * OcopJson#reader(OcopValidation)} a caller's (e.g. over a Spring application's {@code Validator}, with
 * its locale and messages).
 *
 * <pre>{@code
 * OcopReader reader = OcopJson.reader(OcopValidation.using(validator));
 * Evaluation ev = reader.read(bytes, Evaluation.class);
 * }</pre>
 *
 * <p>Reading refuses malformed JSON, duplicate keys, trailing content, unknown or {@code null} properties,
 * wrong JSON types (no coercion: a string is not a number, {@code 1.5} is not an integer; {@code 1.0} is the
 * integer 1, as in JSON Schema), missing required properties, values the domain model refuses and Bean
 * Validation violations, each as one {@link OcopJsonException} with a JSON Pointer. It enforces the stream
 * limits of {@link OcopJson} ({@link OcopJson#MAX_DOCUMENT_LENGTH} and the rest). A document type must
 * carry the header {@code "ocopFormat": "1.x", "type": <code>}.
 *
 * <p><b>Compatibility.</b> A document of format {@code 1.y} with {@code y} newer than this reader's minor
 * version ({@link DocumentType#FORMAT_VERSION}) may carry properties this reader does not know: they are
 * skipped and reported by {@link #readDocument(byte[], Class)}; a document of the same or an older minor
 * version is read strictly (an unknown property is an error). Another major version is refused.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OcopReader {

    private final OcopValidation validation;

    OcopReader(OcopValidation validation) {
        this.validation = validation;
    }

    /**
     * A document read together with what the reader skipped in it.
     *
     * @param <T> the value's type
     */
    @OcopStyle
    @Value.Immutable
    public abstract static class Document<T> {

        Document() {}

        /**
         * @param value the valid value
         * @param ignored the skipped properties
         * @param <T> the value's type
         * @return the document
         */
        public static <T> Document<T> of(T value, List<String> ignored) {
            return ImmutableDocument.of(value, ignored);
        }

        /** @return the valid value */
        @Value.Parameter
        public abstract T getValue();

        /**
         * @return the JSON Pointers of the properties skipped because the document is of a newer minor format
         *     version; empty for a document of this reader's version or older
         */
        @Value.Parameter
        public abstract List<String> getIgnored();
    }

    /**
     * Reads and validates a value.
     *
     * @param json the UTF-8 (or UTF-16/32, detected) document
     * @param type an ocop-core type; a {@link DocumentType} value type requires the document header
     * @param <T> the type
     * @return the valid value
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     */
    public <T> T read(byte[] json, Class<T> type) {
        return readDocument(json, type).getValue();
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
    public <T> T read(InputStream json, Class<T> type) {
        OcopJson.require(json, "json");
        return read(OcopJson.open(json), type).getValue();
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
    public <T> T read(String json, Class<T> type) {
        OcopJson.require(json, "json");
        return read(OcopJson.open(json), type).getValue();
    }

    /**
     * Reads and validates a value and reports the properties skipped under the compatibility rule.
     *
     * @param json the document
     * @param type an ocop-core type
     * @param <T> the type
     * @return the value and the skipped properties
     * @throws OcopJsonException when the document is malformed, breaks a limit, does not bind or is invalid
     */
    public <T> Document<T> readDocument(byte[] json, Class<T> type) {
        OcopJson.require(json, "json");
        return read(OcopJson.open(json), type);
    }

    /**
     * Reads an evaluation document: bound and validated. Whether its choices fit a criteria sheet is the
     * scoring engine's check, made when it is scored.
     *
     * @param json the document
     * @return the valid evaluation
     * @throws OcopJsonException when the document is not a valid evaluation
     */
    public Evaluation readEvaluation(byte[] json) {
        return read(json, Evaluation.class);
    }

    /**
     * Reads a registry document ({@code "type": "registry"}) from a stream (left open, at most {@link
     * OcopJson#MAX_DOCUMENT_LENGTH} read): bound, validated and its references checked, including that
     * every certificate names one of the given rulebooks (e.g. a rulebook catalogue's ids).
     *
     * @param json the document
     * @param knownRulebooks the rulebook ids a certificate may name
     * @return the valid registry
     * @throws OcopJsonException when the document is not a valid registry or a reference is broken
     * @throws UncheckedIOException when the stream cannot be read
     */
    public RegistryRecords readRegistry(InputStream json, Set<String> knownRulebooks) {
        OcopJson.require(json, "json");
        OcopJson.require(knownRulebooks, "knownRulebooks");
        return read(OcopJson.open(json), RegistryRecords.class, Optional.of(Set.copyOf(knownRulebooks))).getValue();
    }

    /**
     * Reads a registry document, as {@link #readRegistry(InputStream, Set)}.
     *
     * @param json the document
     * @param knownRulebooks the rulebook ids a certificate may name
     * @return the valid registry
     * @throws OcopJsonException when the document is not a valid registry or a reference is broken
     */
    public RegistryRecords readRegistry(byte[] json, Set<String> knownRulebooks) {
        OcopJson.require(json, "json");
        OcopJson.require(knownRulebooks, "knownRulebooks");
        return read(OcopJson.open(json), RegistryRecords.class, Optional.of(Set.copyOf(knownRulebooks))).getValue();
    }

    /**
     * Reads any OCOP document, choosing the type by its {@code "type"} property.
     *
     * @param json the document
     * @return the valid value: a {@code Rulebook}, an {@code Evaluation}, …
     * @throws OcopJsonException when the document is not a valid OCOP document
     */
    public Object readAny(byte[] json) {
        OcopJson.require(json, "json");
        DocumentType type = parse(OcopJson.open(json), p -> peekType(p));
        return read(json, type.valueType());
    }

    /**
     * Reads many documents of one type, lazily: a JSON array whose elements are documents, or JSON Lines
     * (documents one after another, usually one per line). Each element carries its own header, is bound,
     * checked under the compatibility rule and validated when the stream reaches it, and may be at most
     * {@link OcopJson#MAX_DOCUMENT_LENGTH} long; the whole input has no length limit. A problem in element
     * {@code i} is reported with the pointer {@code /i/...} (for JSON Lines, {@code i} counts documents from
     * 0).
     *
     * @param in the input, left open
     * @param type an ocop-core document type
     * @param <T> the type
     * @return the values, read as the stream is consumed; close it to release the parser
     * @throws OcopJsonException when an element is invalid (thrown while the stream is consumed)
     * @throws UncheckedIOException when the input cannot be read
     */
    public <T> Stream<T> readAll(InputStream in, Class<T> type) {
        OcopJson.require(in, "in");
        OcopJson.require(type, "type");
        TypeBinding<?, ?> binding = Bindings.of(type).filter(b -> b.document().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("Not an OCOP document type: " + type.getName()));
        BoundedInput bounded = new BoundedInput(in, OcopJson.MAX_DOCUMENT_LENGTH);
        JsonParser p;
        boolean array;
        try {
            p = OcopJson.bulkParser(bounded);
            JsonToken first = p.nextToken();
            array = first == JsonToken.START_ARRAY;
            if (array) {
                p.nextToken();
            }
        } catch (IOException e) {
            throw failure(e, null, "");
        }
        Iterator<T> it = new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                JsonToken t = p.currentToken();
                return t != null && t != JsonToken.END_ARRAY;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String prefix = "/" + index;
                Reading reading = Reading.document();
                Object value;
                try {
                    bounded.restart();
                    value = binding.read(p, reading, true);
                    reading.finish();
                    p.nextToken();
                    if (array && p.currentToken() == null) {
                        throw new OcopJsonException("", OcopJsonException.Reason.ARRAY_NOT_CLOSED, null);
                    }
                } catch (OcopJsonException e) {
                    throw array ? e : e.within(prefix);
                } catch (IOException e) {
                    throw failure(e, p, array ? "" : prefix);
                }
                index++;
                return type.cast(validated(value, binding, prefix));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        p.close();
                    } catch (IOException e) {
                        // the caller's stream stays open; nothing to release
                    }
                });
    }

    private static OcopJsonException failure(IOException e, JsonParser p, String prefix) {
        if (e instanceof BoundedInput.TooLong) {
            return new OcopJsonException(prefix, OcopJsonException.Reason.DOCUMENT_TOO_LONG, e,
                    OcopJson.MAX_DOCUMENT_LENGTH);
        }
        if (e instanceof StreamConstraintsException) {
            return new OcopJsonException(prefix + (p == null ? "" : Reading.pointer(p)),
                    limit(((StreamConstraintsException) e).getOriginalMessage()) + location(p), e);
        }
        if (e instanceof JsonProcessingException) {
            return new OcopJsonException(prefix + (p == null ? "" : Reading.pointer(p)),
                    syntax(((JsonProcessingException) e).getOriginalMessage()) + location(p), e);
        }
        throw new UncheckedIOException(e);
    }

    // ---------------------------------------------------------------------------------------------------

    /** Opens a parser over the caller's input. */
    interface Source {
        JsonParser open() throws IOException;
    }

    /** Reads from a parser positioned on its first token. */
    interface Parse<T> {
        T apply(JsonParser parser) throws IOException;
    }

    private <T> Document<T> read(Source source, Class<T> type) {
        return read(source, type, Optional.empty());
    }

    private <T> Document<T> read(Source source, Class<T> type, Optional<Set<String>> knownRulebooks) {
        OcopJson.require(type, "type");
        TypeBinding<?, ?> binding = Bindings.of(type).orElseThrow(() -> new IllegalArgumentException(
                "Not an ocop-core value type: " + type.getName()));
        Reading reading = binding.document().isPresent() ? Reading.document() : Reading.strict();
        Object value = parse(source, p -> {
            Object v = binding.read(p, reading, true);
            reading.finish();
            return v;
        });
        return Document.of(type.cast(validated(value, binding, "", knownRulebooks)), reading.ignored());
    }

    /**
     * Validates a bound value with this reader's {@link OcopValidation}: the one place validation is used.
     *
     * @param value the value
     * @param binding its binding, for the pointers
     * @param prefix the pointer of the value in a larger input ({@code ""} for a single document)
     * @return the value
     * @throws OcopJsonException listing every violation
     */
    <T> T validated(T value, TypeBinding<?, ?> binding, String prefix) {
        return validated(value, binding, prefix, Optional.empty());
    }

    /**
     * Validates a bound value and, for a registry, checks its references.
     *
     * @param value the value
     * @param binding its binding, for the pointers
     * @param prefix the pointer of the value in a larger input
     * @param knownRulebooks for a registry, the rulebook ids its certificates may name; empty = not checked
     * @return the value
     * @throws OcopJsonException listing every violation or broken reference
     */
    <T> T validated(T value, TypeBinding<?, ?> binding, String prefix, Optional<Set<String>> knownRulebooks) {
        T valid = validatedValue(value, binding, prefix);
        if (valid instanceof RegistryRecords) {
            RegistryChecks.check((RegistryRecords) valid, prefix, knownRulebooks);
        }
        return valid;
    }

    private <T> T validatedValue(T value, TypeBinding<?, ?> binding, String prefix) {
        OcopValidation v = validation != null ? validation : OcopJson.standardValidation();
        List<Violation> violations = v.violations(value);
        if (violations.isEmpty()) {
            return value;
        }
        List<Violation> problems = new ArrayList<>();
        for (Violation violation : violations) {
            Pointers.Target target = Pointers.resolve(violation.getPath(), binding);
            String message = target.scalar() && !violation.getInvalidValue().isEmpty()
                    ? violation.getMessage() + " (found " + Codecs.quote(violation.getInvalidValue()) + ")"
                    : violation.getMessage();
            problems.add(Violation.of(prefix + target.pointer(), message, violation.getInvalidValue()));
        }
        throw new OcopJsonException(problems);
    }

    /**
     * Runs a read over a parser that this method owns, so that every failure, including stream limits, gets
     * the pointer of the place the parser stopped at and a message without the parser's internals.
     */
    static <T> T parse(Source source, Parse<T> parse) {
        JsonParser p = null;
        try {
            p = source.open();
            if (p.nextToken() == null) {
                throw new OcopJsonException("", OcopJsonException.Reason.EMPTY, null);
            }
            T value = parse.apply(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new OcopJsonException("", OcopJsonException.Reason.TRAILING_CONTENT, null,
                        Codecs.foundPart(p), locationPart(p));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new OcopJsonException(Reading.pointer(p), limit(e.getOriginalMessage()) + location(p), e);
        } catch (JsonProcessingException e) {
            throw new OcopJsonException(p == null ? "" : Reading.pointer(p), syntax(e.getOriginalMessage())
                    + location(p), e);
        } catch (CharConversionException e) {
            throw new OcopJsonException(p == null ? "" : Reading.pointer(p),
                    OcopJsonException.Reason.NOT_UNICODE, e);
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

    private static DocumentType peekType(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new OcopJsonException("", OcopJsonException.Reason.NOT_AN_OBJECT, null, Codecs.foundPart(p));
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (DocumentType.TYPE_PROPERTY.equals(name)) {
                String code = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : Codecs.found(p);
                Optional<DocumentType> type = DocumentType.ofCode(code);
                if (type.isEmpty()) {
                    throw new OcopJsonException("/type", OcopJsonException.Reason.UNKNOWN_DOCUMENT_TYPE, null,
                            Codecs.quote(code), List.of(DocumentType.values()).stream().map(DocumentType::code)
                                    .collect(Collectors.joining(", ")));
                }
                p.skipChildren();
                while (p.nextToken() != null) {
                    p.skipChildren();
                }
                return type.get();
            }
            p.skipChildren();
        }
        throw new OcopJsonException("/type", OcopJsonException.Reason.MISSING_TYPE, null);
    }

    private static Object locationPart(JsonParser p) {
        String english = location(p);
        if (english.isEmpty()) {
            return "";
        }
        var loc = p.currentLocation();
        return OcopJsonException.Part.location(loc.getLineNr(), loc.getColumnNr());
    }

    private static String location(JsonParser p) {
        if (p == null) {
            return "";
        }
        var loc = p.currentLocation();
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** The stream limit broken, in the library's words (the parser's names its own settings). */
    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("String value length")) {
            return "a string is longer than the limit of " + OcopJson.MAX_STRING_LENGTH + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than the limit of " + OcopJson.MAX_NUMBER_LENGTH + " characters";
        }
        if (m.startsWith("Name length") || m.contains("name length")) {
            return "a property name is longer than the limit of " + OcopJson.MAX_NAME_LENGTH + " characters";
        }
        if (m.contains("nesting depth")) {
            return "the document nests arrays and objects deeper than the limit of " + OcopJson.MAX_NESTING_DEPTH;
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the document is longer than the limit of " + OcopJson.MAX_DOCUMENT_LENGTH + " bytes";
        }
        return "the document breaks a reading limit";
    }

    /** A syntax error, without the parser's hints. */
    private static String syntax(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        String m = message;
        if (m.startsWith("Unexpected end-of-input")) {
            return "the document ends early: an object, array or string is not closed";
        }
        int cut = m.indexOf("\n");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf(" (for ");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf(" (start marker");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf("[Source:");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        m = m.replaceAll("\\s*\\((com\\.fasterxml|java\\.|JSON String, Number|StreamReadFeature|CTRL-CHAR)[^)]*\\)", "");
        return "malformed JSON: " + m;
    }
}
