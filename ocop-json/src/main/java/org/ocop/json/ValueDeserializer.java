package org.ocop.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an ocop-core value from a JSON object strictly: unknown properties, {@code null}, missing required
 * properties, duplicate set elements and values the core type refuses are errors whose Jackson path leads
 * to the offending member. A document type read at the root must carry a readable format header.
 */
final class ValueDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

    private static final long serialVersionUID = 1L;
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private final transient Binding binding;
    /**
     * Each attribute's value type and deserializer, found once when Jackson resolves this deserializer (it
     * is cachable, so once per mapper): looking them up per value would introspect classes again and again.
     */
    private final transient Map<Binding.Attribute, Resolved> resolved = new IdentityHashMap<>();

    /** An attribute's value type (the list, map or element type as read) and its deserializer. */
    private record Resolved(JavaType type, JsonDeserializer<Object> deserializer) {}

    ValueDeserializer(Binding binding) {
        super(binding.type);
        this.binding = binding;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        for (Binding.Attribute a : binding.attributes) {
            JavaType type = valueType(a, ctxt.getTypeFactory());
            resolved.put(a, new Resolved(type, ctxt.findRootValueDeserializer(type)));
        }
    }

    private static JavaType valueType(Binding.Attribute a, TypeFactory tf) {
        switch (a.shape) {
            case LIST:
            case SET:
                return tf.constructCollectionType(ArrayList.class, tf.constructType(a.content));
            case MAP:
                return tf.constructMapType(LinkedHashMap.class, tf.constructType(a.key), tf.constructType(a.content));
            default:
                return tf.constructType(a.content);
        }
    }

    /** @return the attribute's value type and deserializer: resolved once, or looked up now if Jackson did not resolve */
    private Resolved resolved(Binding.Attribute a, DeserializationContext ctxt) throws JsonMappingException {
        Resolved r = resolved.get(a);
        if (r == null) {
            JavaType type = valueType(a, ctxt.getTypeFactory());
            r = new Resolved(type, ctxt.findRootValueDeserializer(type));
        }
        return r;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw MismatchedInputException.from(p, binding.type, "expected a JSON object (" + label() + "), found "
                    + describe(t));
        }
        boolean root = p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inRoot();
        Optional<DocumentType> document = root ? DocumentType.of(binding.type) : Optional.empty();
        boolean sawFormat = false;
        boolean sawType = false;
        Map<String, Object> values = new LinkedHashMap<>();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken valueToken = p.nextToken();
            Binding.Attribute a = binding.byName.get(name);
            boolean header = document.isPresent()
                    && (DocumentType.FORMAT_PROPERTY.equals(name) || DocumentType.TYPE_PROPERTY.equals(name));
            if (a == null && !header) {
                // carries its own path segment; outer objects add theirs
                throw UnrecognizedPropertyException.from(p, binding.type, name, new ArrayList<>(binding.names()));
            }
            try {
                if (document.isPresent() && DocumentType.FORMAT_PROPERTY.equals(name)) {
                    checkFormat(p, valueToken);
                    sawFormat = true;
                    continue;
                }
                if (document.isPresent() && DocumentType.TYPE_PROPERTY.equals(name)) {
                    checkType(p, valueToken, document.get());
                    sawType = true;
                    continue;
                }
                if (valueToken == JsonToken.VALUE_NULL) {
                    throw MismatchedInputException.from(p, binding.type, "null is not allowed for '" + name
                            + "': omit the property instead");
                }
                values.put(name, read(a, p, ctxt));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, binding.type, name);
            }
        }
        if (document.isPresent() && (!sawFormat || !sawType)) {
            String missing = !sawFormat ? DocumentType.FORMAT_PROPERTY : DocumentType.TYPE_PROPERTY;
            throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, binding.type,
                    "missing document header property '" + missing + "': an OCOP " + document.get().code()
                            + " document starts with \"ocopFormat\": \"" + DocumentType.FORMAT_VERSION
                            + "\", \"type\": \"" + document.get().code() + "\""), binding.type, missing);
        }
        for (Binding.Attribute a : binding.attributes) {
            if (a.required && !values.containsKey(a.name)) {
                throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, binding.type,
                        "missing required property '" + a.name + "' of " + label()), binding.type, a.name);
            }
        }
        try {
            return binding.create(values);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException
                | IndexOutOfBoundsException e) {
            throw ValueInstantiationException.from(p, label() + " refused: " + e.getMessage(),
                    ctxt.constructType(binding.type), e);
        }
    }

    private Object read(Binding.Attribute a, JsonParser p, DeserializationContext ctxt) throws IOException {
        Resolved r = resolved(a, ctxt);
        switch (a.shape) {
            case OPTIONAL:
            case PLAIN:
                return r.deserializer().deserialize(p, ctxt);
            case LIST:
            case SET: {
                List<?> list = (List<?>) r.deserializer().deserialize(p, ctxt);
                Set<Object> seen = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    if (element == null) {
                        throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, r.type(),
                                "null is not allowed in '" + a.name + "'"), list, i);
                    }
                    if (a.shape == Binding.Shape.SET && !seen.add(element)) {
                        throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, r.type(),
                                "duplicate element " + element + " in '" + a.name + "' (a set)"), list, i);
                    }
                }
                return list;
            }
            case MAP: {
                Map<?, ?> map;
                try {
                    map = (Map<?, ?>) r.deserializer().deserialize(p, ctxt);
                } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
                    if (e.getPath().isEmpty() && e.getValue() instanceof String && p.currentToken() == JsonToken.FIELD_NAME) {
                        throw JsonMappingException.wrapWithPath(e, r.type(), (String) e.getValue());
                    }
                    throw e;
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getValue() == null) {
                        throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, r.type(),
                                "null is not allowed in '" + a.name + "'"), map, String.valueOf(e.getKey()));
                    }
                }
                return map;
            }
            default:
                throw new IllegalStateException("unknown shape " + a.shape);
        }
    }

    private static void checkFormat(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, String.class, "'ocopFormat' must be a string such as \""
                    + DocumentType.FORMAT_VERSION + "\", found " + describe(token));
        }
        String version = p.getText();
        var m = VERSION.matcher(version);
        if (!m.matches()) {
            throw MismatchedInputException.from(p, String.class, "'ocopFormat' must be MAJOR.MINOR such as \""
                    + DocumentType.FORMAT_VERSION + "\", found \"" + version + "\"");
        }
        if (Integer.parseInt(m.group(1)) != DocumentType.FORMAT_MAJOR) {
            throw MismatchedInputException.from(p, String.class, "unsupported OCOP document format " + version
                    + ": this reader understands format " + DocumentType.FORMAT_MAJOR + ".x only");
        }
    }

    private static void checkType(JsonParser p, JsonToken token, DocumentType expected) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, String.class, "'type' must be a string such as \""
                    + expected.code() + "\", found " + describe(token));
        }
        String type = p.getText();
        if (!expected.code().equals(type)) {
            throw MismatchedInputException.from(p, String.class, "this is " + (DocumentType.ofCode(type).isPresent()
                    ? "a '" + type + "' document" : "an unknown document type '" + type + "'") + ", expected a '"
                    + expected.code() + "' document");
        }
    }

    private String label() {
        return binding.type.getSimpleName();
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }
}
