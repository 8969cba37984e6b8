package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ocop.core.OcopException;

/**
 * The declared binding of one ocop-core value type: its wire properties, each with its name, codec, accessor
 * and builder method, and how to build the value. Declarations live in {@link Bindings}; adding an attribute
 * to a core type is one line there ({@code .optional("policy", POLICY, ScoreResult::getPolicy,
 * ScoreResult.Builder::policy)}).
 *
 * <p>Values are built through the core type's builder, so every invariant of the core type runs; what the
 * type refuses is reported at the object's pointer with the core type's own message.
 *
 * @param <T> the core type
 * @param <B> its builder
 */
final class TypeBinding<T, B> implements Codec<T> {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /** What shape a property has on the wire. */
    enum Shape {
        /** A value that must be present. */
        REQUIRED,
        /** A value with a default in ocop-core: always written, may be omitted. */
        DEFAULTED,
        /** An {@code Optional}: omitted when empty. */
        OPTIONAL,
        /** A {@code List}: an array in order, omitted when empty. */
        LIST,
        /** A {@code Set}: an array sorted, duplicates refused, omitted when empty. */
        SET,
        /** A {@code Map}: an object sorted by key, omitted when empty. */
        MAP,
        /**
         * A value computed from the others (a note's English text): always written, may be omitted on reading,
         * where it is read for its type and otherwise ignored.
         */
        DERIVED
    }

    /** One declared property. */
    static final class Property<T, B> {
        /** The property name on the wire. */
        final String name;
        /** The attribute's name in ocop-core (its builder method). */
        final String attribute;
        final Shape shape;
        /** The codec of the value, element (list, set) or map value. */
        final Codec<Object> codec;
        /** For maps: the key codec. */
        final Codec<Object> key;
        private final Function<T, Object> getter;
        private final BiConsumer<B, Object> setter;

        @SuppressWarnings("unchecked")
        Property(String name, String attribute, Shape shape, Codec<?> codec, Codec<?> key, Function<T, ?> getter,
                BiConsumer<B, ?> setter) {
            this.name = name;
            this.attribute = attribute;
            this.shape = shape;
            this.codec = (Codec<Object>) codec;
            this.key = (Codec<Object>) key;
            this.getter = (Function<T, Object>) getter;
            this.setter = (BiConsumer<B, Object>) setter;
        }

        /**
         * @param value a value of the owner type
         * @return the attribute's value (an Optional, collection or map as the accessor returns it)
         */
        Object get(T value) {
            return getter.apply(value);
        }

        /**
         * @param v the attribute's value
         * @return whether it is absent on the wire (empty optional, collection or map)
         */
        boolean absent(Object v) {
            switch (shape) {
                case OPTIONAL:
                    return ((Optional<?>) v).isEmpty();
                case LIST:
                case SET:
                    return ((Collection<?>) v).isEmpty();
                case MAP:
                    return ((Map<?, ?>) v).isEmpty();
                default:
                    return false;
            }
        }

        /** @return whether a document must carry the property */
        boolean required() {
            return shape == Shape.REQUIRED;
        }
    }

    /**
     * Declares a binding.
     *
     * @param <T> the core type
     * @param <B> its builder
     */
    static final class Declaration<T, B> {
        private final Class<T> type;
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final List<Property<T, B>> properties = new ArrayList<>();

        private Declaration(Class<T> type, Supplier<B> builder, Function<B, T> build) {
            this.type = type;
            this.builder = builder;
            this.build = build;
        }

        private Declaration<T, B> add(String name, String attribute, Shape shape, Codec<?> codec, Codec<?> key,
                Function<T, ?> getter, BiConsumer<B, ?> setter) {
            properties.add(new Property<>(name, attribute, shape, codec, key, getter, setter));
            return this;
        }

        /** A property that must be present. */
        <V> Declaration<T, B> required(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
            return add(name, name, Shape.REQUIRED, codec, null, getter, setter);
        }

        /** A required property whose core attribute has another name ({@code type} → {@code evaluationType}). */
        <V> Declaration<T, B> required(String name, String attribute, Codec<V> codec, Function<T, V> getter,
                BiConsumer<B, V> setter) {
            return add(name, attribute, Shape.REQUIRED, codec, null, getter, setter);
        }

        /** A property with a default in ocop-core: always written, may be omitted on reading. */
        <V> Declaration<T, B> withDefault(String name, Codec<V> codec, Function<T, V> getter,
                BiConsumer<B, V> setter) {
            return add(name, name, Shape.DEFAULTED, codec, null, getter, setter);
        }

        /** A defaulted property whose core attribute has another name. */
        <V> Declaration<T, B> withDefault(String name, String attribute, Codec<V> codec, Function<T, V> getter,
                BiConsumer<B, V> setter) {
            return add(name, attribute, Shape.DEFAULTED, codec, null, getter, setter);
        }

        /** An {@code Optional} attribute. */
        <V> Declaration<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter,
                BiConsumer<B, V> setter) {
            return add(name, name, Shape.OPTIONAL, codec, null, getter, setter);
        }

        /** A {@code List} attribute. */
        <V> Declaration<T, B> list(String name, Codec<V> codec, Function<T, List<V>> getter,
                BiConsumer<B, Iterable<V>> setter) {
            return add(name, name, Shape.LIST, codec, null, getter, setter);
        }

        /** A {@code Set} attribute. */
        <V> Declaration<T, B> set(String name, Codec<V> codec, Function<T, Set<V>> getter,
                BiConsumer<B, Iterable<V>> setter) {
            return add(name, name, Shape.SET, codec, null, getter, setter);
        }

        /** A value computed from the others: written, read for its type only (no setter). */
        <V> Declaration<T, B> derived(String name, Codec<V> codec, Function<T, V> getter) {
            return add(name, name, Shape.DERIVED, codec, null, getter, null);
        }

        /** A {@code Map} attribute. */
        <K, V> Declaration<T, B> map(String name, Codec<K> key, Codec<V> codec, Function<T, Map<K, V>> getter,
                BiConsumer<B, Map<K, V>> setter) {
            return add(name, name, Shape.MAP, codec, key, getter, setter);
        }

        TypeBinding<T, B> build() {
            return new TypeBinding<>(this);
        }
    }

    /**
     * @param type the core type
     * @param builder its builder factory
     * @param build the builder's build method
     * @param <T> the core type
     * @param <B> its builder
     * @return a declaration to add properties to
     */
    static <T, B> Declaration<T, B> of(Class<T> type, Supplier<B> builder, Function<B, T> build) {
        return new Declaration<>(type, builder, build);
    }

    final Class<T> type;
    /** The properties, sorted by name. */
    final List<Property<T, B>> properties;
    final Map<String, Property<T, B>> byName;
    private final Map<String, Integer> index;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final Optional<DocumentType> document;
    private final String known;

    private TypeBinding(Declaration<T, B> d) {
        this.type = d.type;
        List<Property<T, B>> sorted = new ArrayList<>(d.properties);
        sorted.sort(Comparator.comparing(p -> p.name));
        this.properties = List.copyOf(sorted);
        Map<String, Property<T, B>> map = new LinkedHashMap<>();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            map.put(sorted.get(i).name, sorted.get(i));
            idx.put(sorted.get(i).name, i);
        }
        this.byName = map;
        this.index = idx;
        this.builder = d.builder;
        this.build = d.build;
        this.document = DocumentType.of(type);
        this.known = String.join(", ", map.keySet());
    }

    @Override
    public Class<?> javaType() {
        return type;
    }

    /** @return the document type whose value this is, if any */
    Optional<DocumentType> document() {
        return document;
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        write(value, g, false);
    }

    /**
     * @param value the value
     * @param g the generator
     * @param header whether to write the document header first
     * @throws IOException when the output fails
     */
    void write(T value, JsonGenerator g, boolean header) throws IOException {
        g.writeStartObject(value);
        if (header && document.isPresent()) {
            g.writeStringField(DocumentType.FORMAT_PROPERTY, DocumentType.FORMAT_VERSION);
            g.writeStringField(DocumentType.TYPE_PROPERTY, document.get().code());
        }
        for (Property<T, B> a : properties) {
            Object v = a.get(value);
            if (a.absent(v)) {
                continue;
            }
            g.writeFieldName(a.name);
            switch (a.shape) {
                case OPTIONAL:
                    a.codec.write(((Optional<?>) v).get(), g);
                    break;
                case LIST:
                    g.writeStartArray();
                    for (Object e : (List<?>) v) {
                        a.codec.write(e, g);
                    }
                    g.writeEndArray();
                    break;
                case SET: {
                    List<Object> sorted = new ArrayList<>((Collection<?>) v);
                    sorted.sort(TypeBinding::compare);
                    g.writeStartArray();
                    for (Object e : sorted) {
                        a.codec.write(e, g);
                    }
                    g.writeEndArray();
                    break;
                }
                case MAP: {
                    List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) v).entrySet());
                    entries.sort(Comparator.comparing(Map.Entry::getKey, TypeBinding::compare));
                    g.writeStartObject();
                    for (Map.Entry<?, ?> e : entries) {
                        g.writeFieldName(a.key.toKey(e.getKey()));
                        a.codec.write(e.getValue(), g);
                    }
                    g.writeEndObject();
                    break;
                }
                default:
                    a.codec.write(v, g);
            }
        }
        g.writeEndObject();
    }

    /** Orders enums by declaration, codes like "1.10" by their numeric parts, other values naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String && b instanceof String) {
            return Codes.compare((String) a, (String) b);
        }
        return ((Comparable) a).compareTo(b);
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Override
    public T read(JsonParser p, Reading r) throws IOException {
        return read(p, r, false);
    }

    /**
     * @param p the parser on the object's first token
     * @param r the state of the read
     * @param header whether the object is a document that carries the header
     * @return the value
     * @throws IOException when the input fails
     */
    T read(JsonParser p, Reading r, boolean header) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Reading.fail(p, OcopJsonException.Reason.EXPECTED_OBJECT, label(), Codecs.foundPart(p));
        }
        boolean document = header && this.document.isPresent();
        boolean sawFormat = false;
        boolean sawType = false;
        Object[] values = new Object[properties.size()];
        boolean[] seen = new boolean[properties.size()];
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw Reading.fail(p, "malformed object");
            }
            String name = p.currentName();
            JsonToken v = p.nextToken();
            Integer i = index.get(name);
            if (i == null) {
                if (document && DocumentType.FORMAT_PROPERTY.equals(name)) {
                    checkDuplicate(p, sawFormat, name);
                    sawFormat = true;
                    r.minorVersion(format(p));
                    continue;
                }
                if (document && DocumentType.TYPE_PROPERTY.equals(name)) {
                    checkDuplicate(p, sawType, name);
                    sawType = true;
                    checkType(p, this.document.get());
                    continue;
                }
                r.unknown(p, Reading.fail(p, OcopJsonException.Reason.UNKNOWN_PROPERTY, name, label(), known));
                continue;
            }
            checkDuplicate(p, seen[i], name);
            seen[i] = true;
            if (v == JsonToken.VALUE_NULL) {
                throw Reading.fail(p, OcopJsonException.Reason.NULL_PROPERTY, name);
            }
            values[i] = readProperty(properties.get(i), p, r);
        }
        if (document && (!sawFormat || !sawType)) {
            String missing = !sawFormat ? DocumentType.FORMAT_PROPERTY : DocumentType.TYPE_PROPERTY;
            throw new OcopJsonException(child(p, missing), OcopJsonException.Reason.MISSING_HEADER, null, missing,
                    this.document.get().code(), DocumentType.FORMAT_VERSION);
        }
        B b = builder.get();
        for (int i = 0; i < values.length; i++) {
            Property<T, B> a = properties.get(i);
            if (values[i] == null) {
                if (a.required()) {
                    throw new OcopJsonException(child(p, a.name), OcopJsonException.Reason.MISSING_PROPERTY, null,
                            a.name, label());
                }
                continue;
            }
            if (a.shape != Shape.DERIVED) {
                a.setter.accept(b, values[i]);
            }
        }
        try {
            return build.apply(b);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | OcopException
                | IndexOutOfBoundsException e) {
            throw Reading.fail(p, String.valueOf(e.getMessage()));
        }
    }

    private static String child(JsonParser p, String name) {
        return Reading.pointer(p) + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static void checkDuplicate(JsonParser p, boolean seen, String name) {
        if (seen) {
            throw Reading.fail(p, OcopJsonException.Reason.DUPLICATE_PROPERTY, name);
        }
    }

    private Object readProperty(Property<T, B> a, JsonParser p, Reading r) throws IOException {
        switch (a.shape) {
            case LIST:
            case SET: {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw Reading.fail(p, "expected an array for '" + a.name + "', found " + Codecs.found(p));
                }
                List<Object> list = new ArrayList<>();
                Set<Object> distinct = a.shape == Shape.SET ? new HashSet<>() : null;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_NULL) {
                        throw Reading.fail(p, "null is not allowed in '" + a.name + "'");
                    }
                    Object e = a.codec.read(p, r);
                    if (distinct != null && !distinct.add(e)) {
                        throw Reading.fail(p, "duplicate element " + e + " in '" + a.name + "' (a set)");
                    }
                    list.add(e);
                }
                return list;
            }
            case MAP: {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw Reading.fail(p, "expected an object for '" + a.name + "', found " + Codecs.found(p));
                }
                ReadEntries<Object, Object> map = new ReadEntries<>(r.mapSizeHint() > 0 ? r.mapSizeHint() : 16);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    Object k = a.key.fromKey(p.currentName(), p);
                    JsonToken v = p.nextToken();
                    if (map.contains(k)) {
                        throw Reading.fail(p, OcopJsonException.Reason.DUPLICATE_PROPERTY, p.currentName());
                    }
                    if (v == JsonToken.VALUE_NULL) {
                        throw Reading.fail(p, "null is not allowed in '" + a.name + "'");
                    }
                    map.add(k, a.codec.read(p, r));
                }
                r.mapSize(map.size());
                return map; // read-only: the setter copies it into the value's own map
            }
            default:
                return a.codec.read(p, r);
        }
    }

    private static int format(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Reading.fail(p, "'ocopFormat' must be a string such as \"" + DocumentType.FORMAT_VERSION
                    + "\", found " + Codecs.found(p));
        }
        String version = p.getText();
        var m = VERSION.matcher(version);
        if (!m.matches()) {
            throw Reading.fail(p, "'ocopFormat' must be MAJOR.MINOR such as \"" + DocumentType.FORMAT_VERSION
                    + "\", found " + Codecs.quote(version));
        }
        if (Integer.parseInt(m.group(1)) != DocumentType.FORMAT_MAJOR) {
            throw Reading.fail(p, "unsupported OCOP document format " + version + ": this reader understands format "
                    + DocumentType.FORMAT_MAJOR + ".x only");
        }
        return Integer.parseInt(m.group(2));
    }

    private static void checkType(JsonParser p, DocumentType expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Reading.fail(p, "'type' must be a string such as \"" + expected.code() + "\", found "
                    + Codecs.found(p));
        }
        String type = p.getText();
        if (!expected.code().equals(type)) {
            throw Reading.fail(p, "this is " + (DocumentType.ofCode(type).isPresent() ? "a document of type '" + type
                    + "'" : "an unknown document type " + Codecs.quote(type)) + ", expected a document of type '"
                    + expected.code() + "'");
        }
    }

    /** @return the type's name as a person reads it */
    String label() {
        return type.getSimpleName();
    }

    /** @return the known property names, comma separated */
    String knownProperties() {
        return known;
    }
}
