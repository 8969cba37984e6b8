package org.ocop.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ocop.core.StarRating;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.product.ProductCode;
import org.ocop.core.product.RegistrationCode;

/**
 * Generates the JSON Schemas (draft 2020-12) of the document types from the declared bindings
 * ({@link Bindings}) and from the Bean Validation constraints on the ocop-core accessors. The
 * shipped schemas under {@code src/main/resources/org/ocop/json/schema} are checked against this output by
 * {@link SchemaTest}; run it with {@code -Docop.writeSchemas=true} to rewrite them.
 */
final class SchemaGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String NOT_BLANK = "\\S";

    private SchemaGenerator() {}

    static String generate(DocumentType type) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:ocop:schema:" + DocumentType.FORMAT_VERSION + ":" + type.code());
        root.put("title", "OCOP " + type.code() + " document, format " + DocumentType.FORMAT_MAJOR + ".x");
        root.put("description", "An OCOP " + type.code() + " (" + type.valueType().getName()
                + ") as written by org.ocop.json.OcopJson. Properties are listed in alphabetical order after the "
                + "header; absent optional values and empty collections are omitted; null is never allowed. "
                + "A document of format " + DocumentType.FORMAT_VERSION + " or older is strict (no other property); "
                + "a document of a newer " + DocumentType.FORMAT_MAJOR + ".x may add properties anywhere.");
        Deque<Class<?>> todo = new ArrayDeque<>();
        Map<String, ObjectNode> done = new TreeMap<>();
        ObjectNode body = object(Bindings.all().get(type.valueType()), todo);
        ObjectNode header = F.objectNode();
        header.set(DocumentType.FORMAT_PROPERTY, F.objectNode().put("type", "string")
                .put("pattern", "^" + DocumentType.FORMAT_MAJOR + "\\.[0-9]+$")
                .put("description", "The format version, MAJOR.MINOR; this is format " + DocumentType.FORMAT_VERSION));
        header.set(DocumentType.TYPE_PROPERTY, F.objectNode().put("const", type.code()));
        ObjectNode properties = header.deepCopy();
        properties.setAll((ObjectNode) body.get("properties"));
        ArrayNode required = F.arrayNode().add(DocumentType.FORMAT_PROPERTY).add(DocumentType.TYPE_PROPERTY);
        if (body.has("required")) {
            required.addAll((ArrayNode) body.get("required"));
        }
        ObjectNode document = F.objectNode().put("type", "object");
        document.set("properties", properties);
        document.set("required", required);
        document.put("additionalProperties", false);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!done.containsKey(c.getSimpleName()) && c != type.valueType()) {
                done.put(c.getSimpleName(), null);
                done.put(c.getSimpleName(), object(Bindings.all().get(c), todo));
            }
        }
        root.put("type", "object");
        root.set("properties", header);
        root.set("required", F.arrayNode().add(DocumentType.FORMAT_PROPERTY).add(DocumentType.TYPE_PROPERTY));
        root.set("if", F.objectNode().set("properties", F.objectNode().set(DocumentType.FORMAT_PROPERTY,
                F.objectNode().put("pattern", "^" + DocumentType.FORMAT_MAJOR + "\\.0*"
                        + DocumentType.FORMAT_MINOR + "$"))));
        String name = type.valueType().getSimpleName() + "Document";
        root.set("then", F.objectNode().put("$ref", "#/$defs/" + name));
        root.set("else", F.objectNode().put("$ref", "#/$defs/" + name + OPEN));
        ObjectNode defs = F.objectNode();
        Map<String, ObjectNode> all = new TreeMap<>(done);
        all.put(name, document);
        new TreeMap<>(all).forEach((k, v) -> all.put(k + OPEN, open(v.deepCopy())));
        all.forEach(defs::set);
        root.set("$defs", defs);
        return OcopJsonTestSupport.pretty(root);
    }

    /** The suffix of the open variant of a definition, for documents of a newer minor version. */
    static final String OPEN = "-open";

    /** @return the definition without {@code additionalProperties: false}, referring to open definitions */
    private static ObjectNode open(ObjectNode node) {
        if (node.path("additionalProperties").isBoolean()) {
            node.remove("additionalProperties");
        }
        if (node.has("$ref")) {
            node.put("$ref", node.get("$ref").asText() + OPEN);
        }
        node.properties().forEach(e -> {
            if (e.getValue().isObject()) {
                open((ObjectNode) e.getValue());
            } else if (e.getValue().isArray()) {
                e.getValue().forEach(x -> {
                    if (x.isObject()) {
                        open((ObjectNode) x);
                    }
                });
            }
        });
        return node;
    }

    private static ObjectNode object(TypeBinding<?, ?> b, Deque<Class<?>> todo) {
        ObjectNode o = F.objectNode().put("type", "object");
        ObjectNode properties = F.objectNode();
        ArrayNode required = F.arrayNode();
        for (TypeBinding.Property<?, ?> a : b.properties) {
            java.lang.reflect.Method getter = accessor(b.type, a.attribute);
            AnnotatedType annotated = getter.getAnnotatedReturnType();
            Type content = a.codec.javaType();
            ObjectNode p;
            switch (a.shape) {
                case OPTIONAL:
                    p = value(content, typeArgument(annotated, 0), todo);
                    break;
                case LIST:
                case SET:
                    p = F.objectNode().put("type", "array");
                    p.set("items", value(content, typeArgument(annotated, 0), todo));
                    if (a.shape == TypeBinding.Shape.SET) {
                        p.put("uniqueItems", true);
                    }
                    break;
                case MAP:
                    p = F.objectNode().put("type", "object");
                    ObjectNode names = value(a.key.javaType(), typeArgument(annotated, 0), todo);
                    names.remove("type");
                    if (names.size() > 0) {
                        p.set("propertyNames", names);
                    }
                    p.set("additionalProperties", value(content, typeArgument(annotated, 1), todo));
                    break;
                default:
                    p = value(content, annotated, todo);
            }
            constrain(p, getter.getAnnotations());
            properties.set(a.name, p);
            Size size = getter.getAnnotation(Size.class);
            if (a.required() || (size != null && size.min() > 0)) {
                required.add(a.name);
            }
        }
        o.set("properties", properties);
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    /** @return the ocop-core accessor of an attribute ({@code getX()} or {@code isX()}) */
    static java.lang.reflect.Method accessor(Class<?> type, String attribute) {
        String cap = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        for (String name : new String[] {"get" + cap, "is" + cap, attribute}) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next name (a derived figure has a plain accessor)
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no accessor for " + attribute);
    }

    private static AnnotatedType typeArgument(AnnotatedType t, int i) {
        return t instanceof AnnotatedParameterizedType
                ? ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[i] : null;
    }

    private static ObjectNode value(Type type, AnnotatedType annotated, Deque<Class<?>> todo) {
        Class<?> c = type instanceof Class ? (Class<?>) type : (Class<?>) ((ParameterizedType) type).getRawType();
        ObjectNode p = F.objectNode();
        if (c == String.class) {
            p.put("type", "string");
        } else if (c == int.class || c == Integer.class) {
            p.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        } else if (c == long.class || c == Long.class) {
            p.put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        } else if (c == boolean.class || c == Boolean.class) {
            p.put("type", "boolean");
        } else if (c == BigDecimal.class) {
            p.put("type", "number");
        } else if (c == LocalDate.class) {
            p.put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (c == StarRating.class) {
            p.put("type", "integer").put("minimum", 1).put("maximum", 5);
        } else if (c == ProductCode.class) {
            p.put("type", "string").put("pattern", "^[0-9]{1,5}-[0-9]{1,6}-[0-9]{1,6}-20[0-9]{2}$");
        } else if (c == RegistrationCode.class) {
            p.put("type", "string").put("pattern", "^[0-9]{10}(-[0-9]{3})?$");
        } else if (c == ScoringPolicy.class) {
            p.put("type", "object");
            ArrayNode names = F.arrayNode();
            ScoringPolicy.standard().toOptions().keySet().forEach(names::add);
            p.set("propertyNames", F.objectNode().set("enum", names));
            p.set("additionalProperties", F.objectNode().put("type", "string"));
        } else if (c.isEnum()) {
            p.put("type", "string");
            ArrayNode values = p.putArray("enum");
            for (Object e : c.getEnumConstants()) {
                values.add(((Enum<?>) e).name());
            }
        } else if (Bindings.all().containsKey(c)) {
            todo.push(c);
            p.put("$ref", "#/$defs/" + c.getSimpleName());
        } else if (c == Optional.class || c == List.class || c == Set.class || c == Map.class) {
            throw new IllegalStateException("nested container " + type);
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        if (annotated != null) {
            constrain(p, annotated.getAnnotations());
        }
        return p;
    }

    private static void constrain(ObjectNode p, Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof NotBlank) {
                p.put("pattern", NOT_BLANK);
            } else if (a instanceof Pattern) {
                String regexp = ((Pattern) a).regexp();
                p.put("pattern", "(?s).*\\S.*".equals(regexp) ? NOT_BLANK : "^(?:" + regexp + ")$");
            } else if (a instanceof Min) {
                p.put("minimum", ((Min) a).value());
            } else if (a instanceof Max) {
                p.put("maximum", ((Max) a).value());
            } else if (a instanceof PositiveOrZero) {
                p.put("minimum", 0);
            } else if (a instanceof Positive) {
                p.put("exclusiveMinimum", 0);
            } else if (a instanceof DecimalMin) {
                p.put("minimum", new BigDecimal(((DecimalMin) a).value()));
            } else if (a instanceof DecimalMax) {
                p.put("maximum", new BigDecimal(((DecimalMax) a).value()));
            } else if (a instanceof Size) {
                Size s = (Size) a;
                if (s.min() > 0) {
                    p.put("minItems", s.min());
                }
            }
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
