package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an ocop-core value as a JSON object: attributes in alphabetical order, empty optionals and empty
 * collections omitted, sets sorted, maps sorted by key (criterion codes by their numbers: 1.2 before 1.10).
 * A document type written at the root carries the {@code ocopFormat} and {@code type} header first.
 */
final class ValueSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient Binding binding;

    ValueSerializer(Binding binding) {
        super(Object.class);
        this.binding = binding;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        if (gen.getOutputContext().getParent() != null && gen.getOutputContext().getParent().inRoot()) {
            DocumentType.of(binding.type).ifPresent(t -> {
                try {
                    gen.writeStringField(DocumentType.FORMAT_PROPERTY, DocumentType.FORMAT_VERSION);
                    gen.writeStringField(DocumentType.TYPE_PROPERTY, t.code());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        for (Binding.Attribute a : binding.attributes) {
            Object v = a.get(value);
            if (a.absent(v)) {
                continue;
            }
            switch (a.shape) {
                case OPTIONAL:
                    provider.defaultSerializeField(a.name, ((Optional<?>) v).get(), gen);
                    break;
                case SET:
                    List<Object> sorted = new ArrayList<>((Collection<?>) v);
                    sorted.sort(ValueSerializer::compare);
                    provider.defaultSerializeField(a.name, sorted, gen);
                    break;
                case MAP:
                    gen.writeFieldName(a.name);
                    gen.writeStartObject();
                    List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) v).entrySet());
                    entries.sort(Comparator.comparing(Map.Entry::getKey, ValueSerializer::compare));
                    for (Map.Entry<?, ?> e : entries) {
                        String key = e.getKey() instanceof Enum ? ((Enum<?>) e.getKey()).name() : e.getKey().toString();
                        provider.defaultSerializeField(key, e.getValue(), gen);
                    }
                    gen.writeEndObject();
                    break;
                default:
                    provider.defaultSerializeField(a.name, v, gen);
            }
        }
        gen.writeEndObject();
    }

    /** Orders enums by declaration, codes like "1.10" by their numeric parts, other values naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String && b instanceof String) {
            return Codes.compare((String) a, (String) b);
        }
        return ((Comparable) a).compareTo(b);
    }
}
