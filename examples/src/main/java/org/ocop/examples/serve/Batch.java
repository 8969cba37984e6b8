package org.ocop.examples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a request body of several documents into the exact bytes of each, so that each is read strictly by
 * the library on its own and a bad one fails alone: a JSON array of documents, or JSON Lines (one document a
 * line, blank lines skipped). It only finds where each document starts and ends; reading stays the library's.
 * The one place of the service that reads several documents from one body (ocop-json's own reader of arrays
 * and JSON Lines replaces it when it lands).
 */
final class Batch {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Batch() {}

    /**
     * One document of a batch.
     *
     * @param source its name in messages, e.g. {@code "item 3"} or {@code "line 4"}
     * @param json its bytes
     */
    record Item(String source, byte[] json) {}

    /**
     * @param json the body; its first non-blank byte is {@code [}
     * @return the elements of the array
     * @throws Problem a 400 problem with the JSON pointer when the array itself does not parse
     */
    static List<Item> array(byte[] json) {
        List<Item> items = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw notArray();
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw Problem.invalid("the array is not closed", List.of(new Problem.Item("", "the array is not closed")));
                }
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getByteOffset();
                items.add(new Item("item " + items.size(), Arrays.copyOfRange(json, start, end)));
            }
            if (p.nextToken() != null) {
                throw Problem.invalid("content after the array", List.of(new Problem.Item("", "content after the array")));
            }
        } catch (IOException e) {
            String at = "/" + items.size();
            throw Problem.invalid("not valid JSON at " + at, List.of(new Problem.Item(at, "not valid JSON")));
        }
        return items;
    }

    /**
     * @param body JSON Lines: one document a line
     * @return one item a non-blank line, named by its line number (from 1)
     */
    static List<Item> lines(byte[] body) {
        List<Item> items = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                byte[] bytes = Arrays.copyOfRange(body, start, i);
                if (!new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                    items.add(new Item("line " + line, bytes));
                }
                line++;
                start = i + 1;
            }
        }
        return items;
    }

    /**
     * @param json a body
     * @return whether its first non-blank byte opens an array
     */
    static boolean isArray(byte[] json) {
        for (byte b : json) {
            if (b == '[') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static Problem notArray() {
        return Problem.invalid("a JSON array expected", List.of(new Problem.Item("", "a JSON array expected")));
    }
}
