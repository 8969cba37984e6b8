package org.ocop.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared helpers of the ocop-json tests. */
final class OcopJsonTestSupport {

    private OcopJsonTestSupport() {}

    /** @return the tree written with the canonical pretty printer and a final newline */
    static String pretty(JsonNode node) {
        try {
            return OcopJson.mapper().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a class-path resource as UTF-8 text */
    static String resource(String name) {
        try (InputStream in = OcopJsonTestSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
