package org.ocop.json.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded mutations of valid JSON documents, for the fuzz tests of the ocop-json readers. Two families:
 *
 * <ul>
 *   <li>byte-level: bit flips, byte replacement by JSON-significant bytes, truncation, deletion of a range,
 *       token insertion, duplication of a range, splicing with another seed, deep nesting;</li>
 *   <li>tree-level (the document stays well-formed JSON, so the mutation reaches binding and validation):
 *       a property removed, a value replaced by one of another type or an extreme one, an array element
 *       duplicated or removed, a property renamed, a duplicate key.</li>
 * </ul>
 *
 * <p>Everything is a pure function of the {@link SplittableRandom} passed in: a failing case is reproduced by
 * its seed and iteration, printed by the tests.
 */
final class JsonMutator {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Bytes that change the structure or the lexing of a JSON text. */
    private static final byte[] SIGNIFICANT = "{}[]\",:\\-+.eE0123456789tfn \n\t\u0000".getBytes(StandardCharsets.ISO_8859_1);

    /** Tokens inserted anywhere in a document. */
    private static final String[] TOKENS = {
        "null", "true", "false", "0", "-0", "-1", "1e999", "-1e-999", "1.5", "99999999999999999999999999",
        "2147483648", "-2147483649", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\u00e9\"", "{}", "[]",
        "{\"a\":1}", "[1,2]", ",", ":", "\"x\":1,", "\"ocopFormat\":\"9.0\",", "\"type\":\"rulebook\",", "NaN",
        "Infinity", "//c\n", "/*c*/", "\uFEFF", "\"\\\"", "\u00ff\u00fe",
    };

    /** Replacement values of the tree-level mutations. */
    private static final JsonNode[] VALUES = {
        NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1),
        NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(1e308),
        NODES.numberNode(new java.math.BigDecimal("1e-400")), NODES.numberNode(0.5),
        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")), NODES.textNode(""),
        NODES.textNode(" "), NODES.textNode("x"), NODES.textNode("2026-02-30"), NODES.textNode("9999-99-99"),
        NODES.textNode("FIVE"), NODES.textNode("五"), NODES.textNode("A"), NODES.textNode("1.1"),
        NODES.textNode("\u0000"), NODES.objectNode(), NODES.arrayNode(),
    };

    private final List<byte[]> seeds;

    /** @param seeds valid documents to mutate; at least one */
    JsonMutator(List<byte[]> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed documents");
        }
        this.seeds = List.copyOf(seeds);
    }

    /**
     * One mutant: a random seed with one to three mutations applied.
     *
     * @param random the source of randomness
     * @return the mutated bytes
     */
    byte[] next(SplittableRandom random) {
        byte[] doc = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            doc = random.nextInt(10) < 4 ? mutateTree(doc, random) : mutateBytes(doc, random);
        }
        return doc;
    }

    /**
     * @param doc a document
     * @param random the source of randomness
     * @return the document with one byte-level mutation
     */
    byte[] mutateBytes(byte[] doc, SplittableRandom random) {
        if (doc.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(doc.length);
        switch (random.nextInt(8)) {
            case 0: { // bit flip
                byte[] out = doc.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1: { // significant byte
                byte[] out = doc.clone();
                out[at] = SIGNIFICANT[random.nextInt(SIGNIFICANT.length)];
                return out;
            }
            case 2: // truncation
                return java.util.Arrays.copyOf(doc, at);
            case 3: { // delete a range
                int len = 1 + random.nextInt(Math.min(64, doc.length - at));
                return concat(slice(doc, 0, at), slice(doc, at + len, doc.length));
            }
            case 4: // token insertion
                return concat(slice(doc, 0, at), TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8),
                        slice(doc, at, doc.length));
            case 5: { // duplicate a range in place
                int len = 1 + random.nextInt(Math.min(256, doc.length - at));
                return concat(slice(doc, 0, at + len), slice(doc, at, at + len), slice(doc, at + len, doc.length));
            }
            case 6: { // splice: the head of this document, the tail of another seed
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                return concat(slice(doc, 0, at), slice(other, random.nextInt(other.length), other.length));
            }
            default: // deep nesting
                return deepNesting(doc, at, random);
        }
    }

    private static byte[] deepNesting(byte[] doc, int at, SplittableRandom random) {
        int depth = random.nextBoolean() ? 1_100 + random.nextInt(1_000) : 20_000 + random.nextInt(50_000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        boolean balanced = random.nextBoolean();
        StringBuilder head = new StringBuilder(depth * open.length());
        StringBuilder tail = new StringBuilder(depth);
        for (int i = 0; i < depth; i++) {
            head.append(open);
            if (balanced) {
                tail.append(close);
            }
        }
        if (random.nextBoolean()) { // the nesting replaces a value inside the document
            return concat(slice(doc, 0, at), head.toString().getBytes(StandardCharsets.UTF_8), "1".getBytes(StandardCharsets.UTF_8),
                    tail.toString().getBytes(StandardCharsets.UTF_8), slice(doc, at, doc.length));
        }
        return (head + "1" + tail).getBytes(StandardCharsets.UTF_8); // the whole document is the nesting
    }

    /**
     * @param doc a document
     * @param random the source of randomness
     * @return the document with one tree-level mutation; a byte-level one if it is not well-formed JSON
     */
    byte[] mutateTree(byte[] doc, SplittableRandom random) {
        JsonNode root;
        try {
            root = TREE.readTree(doc);
        } catch (java.io.IOException | RuntimeException e) {
            return mutateBytes(doc, random);
        }
        if (root == null || !root.isContainerNode()) {
            return mutateBytes(doc, random);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) target;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                object.set("unexpected", VALUES[random.nextInt(VALUES.length)]);
                return write(root);
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0:
                    object.remove(name);
                    return write(root);
                case 1:
                    object.set(name, VALUES[random.nextInt(VALUES.length)]);
                    return write(root);
                case 2: { // renamed property (an unknown one, and the known one missing)
                    JsonNode value = object.remove(name);
                    object.set(name + (random.nextBoolean() ? "_" : "X"), value);
                    return write(root);
                }
                case 3: { // duplicate key, written by hand: a tree cannot hold it
                    String text = write(root, object, name);
                    return text.getBytes(StandardCharsets.UTF_8);
                }
                default: // a value moved to another property
                    object.set(name, containers.get(random.nextInt(containers.size())).deepCopy());
                    return write(root);
            }
        }
        ArrayNode array = (ArrayNode) target;
        if (array.isEmpty()) {
            array.add(VALUES[random.nextInt(VALUES.length)]);
            return write(root);
        }
        int i = random.nextInt(array.size());
        switch (random.nextInt(4)) {
            case 0:
                array.remove(i);
                break;
            case 1:
                array.insert(i, array.get(i).deepCopy());
                break;
            case 2:
                array.set(i, VALUES[random.nextInt(VALUES.length)]);
                break;
            default:
                array.removeAll();
        }
        return write(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static byte[] write(JsonNode root) {
        try {
            return TREE.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the tree with property {@code name} of {@code object} written twice. */
    private static String write(JsonNode node, ObjectNode object, String name) {
        StringBuilder out = new StringBuilder();
        writeWithDuplicate(node, object, name, out);
        return out.toString();
    }

    private static void writeWithDuplicate(JsonNode node, ObjectNode object, String name, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                int times = node == object && field.getKey().equals(name) ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(NODES.textNode(field.getKey())).append(':');
                    writeWithDuplicate(field.getValue(), object, name, out);
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeWithDuplicate(node.get(i), object, name, out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    private static byte[] slice(byte[] doc, int from, int to) {
        return java.util.Arrays.copyOfRange(doc, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
