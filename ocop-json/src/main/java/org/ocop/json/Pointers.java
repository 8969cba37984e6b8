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
     * Converts a property path such as {@code memberScores[0].choices[1.3]}, {@code council.members[1].name}
     * or Hibernate Validator's {@code choices<K>[1.3].<map key>} into a JSON Pointer ({@code
     * /memberScores/0/choices/1.3}). Each name is looked up in the declared binding of the object it is on:
     * an attribute becomes its wire name ({@code type} → {@code evaluationType}); a Bean Validation rule
     * becomes the property its binding declares it is about ({@code council.memberIdsUnique} → {@code
     * /council/members}) or is dropped (the rule is about the object). Container-element nodes ({@code <…>})
     * are dropped.
     *
     * @param path a property path; empty for the root
     * @param root the binding of the root value, if it is a bound type
     * @return the pointer
     */
    static String ofPropertyPath(String path, TypeBinding<?, ?> root) {
        return resolve(path, root).pointer();
    }

    /**
     * Where a property path leads.
     *
     * @param pointer the JSON Pointer
     * @param scalar whether it names a single scalar value (a string, number, date, …) rather than an
     *     object, a collection or a rule about an object
     */
    record Target(String pointer, boolean scalar) {}

    /**
     * @param path a property path; empty for the root
     * @param root the binding of the root value, if it is a bound type
     * @return the pointer and whether it names a scalar
     */
    static Target resolve(String path, TypeBinding<?, ?> root) {
        List<String[]> tokens = tokens(path);
        StringBuilder sb = new StringBuilder();
        Codec<?> current = root;
        boolean inContainer = false;
        boolean rule = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i)[0];
            boolean indexed = tokens.get(i)[1] != null;
            if (indexed) {
                sb.append('/').append(escape(token));
                inContainer = false;
                continue;
            }
            if (current instanceof TypeBinding && !inContainer) {
                TypeBinding<?, ?> b = (TypeBinding<?, ?>) current;
                TypeBinding.Property<?, ?> property = property(b, token);
                if (property == null) {
                    String target = b.ruleTargets.get(token);
                    if (target != null) {
                        sb.append('/').append(escape(target));
                    }
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

    private static TypeBinding.Property<?, ?> property(TypeBinding<?, ?> b, String attribute) {
        for (TypeBinding.Property<?, ?> p : b.properties) {
            if (p.attribute.equals(attribute)) {
                return p;
            }
        }
        return null;
    }

    /** @return [name, null] for a name, [key, ""] for an index or key in brackets */
    private static List<String[]> tokens(String path) {
        List<String[]> tokens = new ArrayList<>();
        int i = 0;
        StringBuilder name = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(name, tokens);
                i++;
            } else if (c == '[') {
                flush(name, tokens);
                int end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                tokens.add(new String[] {path.substring(i + 1, end), ""});
                i = end + 1;
            } else if (c == '<') {
                flush(name, tokens);
                int end = path.indexOf('>', i);
                i = end < 0 ? path.length() : end + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        flush(name, tokens);
        return tokens;
    }

    private static void flush(StringBuilder name, List<String[]> tokens) {
        if (name.length() > 0) {
            tokens.add(new String[] {name.toString(), null});
            name.setLength(0);
        }
    }
}
