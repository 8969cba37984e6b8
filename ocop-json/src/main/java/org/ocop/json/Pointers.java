package org.ocop.json;

import java.util.ArrayList;
import java.util.List;

/** Turns Bean Validation / core property paths into JSON Pointers (RFC 6901) through the declared bindings. */
final class Pointers {

    private Pointers() {}

    /**
     * @param token one reference token
     * @return the token escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1})
     */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Converts the path of a Bean Validation violation into the pointer of the document: the path is a JSON
     * Pointer over ocop-core's attribute names ({@code /memberScores/0/choices/1.3}; {@link
     * org.ocop.core.OcopValidation} reports a rule at the property it is about), and each name is looked up in
     * the declared binding of the object it is on, so that an attribute becomes its wire name ({@code /type}
     * → {@code /evaluationType}). A name that is no attribute (a rule about the whole object) is dropped.
     *
     * @param path the violation's path; empty for the root
     * @param root the binding of the root value
     * @return the pointer
     */
    static String ofPropertyPath(String path, TypeBinding<?, ?> root) {
        return resolve(path, root).pointer();
    }

    /**
     * Where a violation's path leads.
     *
     * @param pointer the JSON Pointer in the document
     * @param scalar whether it names a single scalar value (a string, number, date, …) rather than an
     *     object, a collection or a rule about an object
     */
    record Target(String pointer, boolean scalar) {}

    /**
     * @param path the violation's path; empty for the root
     * @param root the binding of the root value
     * @return the pointer and whether it names a scalar
     */
    static Target resolve(String path, TypeBinding<?, ?> root) {
        StringBuilder sb = new StringBuilder();
        Codec<?> current = root;
        boolean inContainer = false;
        boolean rule = false;
        for (String token : tokens(path)) {
            if (inContainer) {
                sb.append('/').append(escape(token));
                inContainer = false;
                continue;
            }
            if (current instanceof TypeBinding) {
                TypeBinding.Property<?, ?> property = property((TypeBinding<?, ?>) current, token);
                if (property == null) {
                    current = null;
                    rule = true;
                    continue;
                }
                sb.append('/').append(escape(property.name));
                current = property.codec;
                inContainer = property.shape == TypeBinding.Shape.LIST || property.shape == TypeBinding.Shape.SET
                        || property.shape == TypeBinding.Shape.MAP;
            } else {
                sb.append('/').append(escape(token));
                current = null;
            }
        }
        boolean scalar = !rule && !inContainer && current != null && !(current instanceof TypeBinding);
        return new Target(sb.toString(), scalar);
    }

    private static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        if (path.isEmpty()) {
            return tokens;
        }
        for (String t : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static TypeBinding.Property<?, ?> property(TypeBinding<?, ?> b, String attribute) {
        for (TypeBinding.Property<?, ?> p : b.properties) {
            if (p.attribute.equals(attribute)) {
                return p;
            }
        }
        return null;
    }
}
