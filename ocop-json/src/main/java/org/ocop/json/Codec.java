package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Writes and reads one kind of value of an OCOP document with the streaming API only, so that neither the
 * host's {@code ObjectMapper} settings nor its codecs for {@code LocalDate}, {@code BigDecimal} and the
 * like take part (the module touches OCOP types only).
 *
 * @param <T> the Java type
 */
interface Codec<T> {

    /** @return the Java type read and written (used by the schema generator and the coverage test) */
    Class<?> javaType();

    /**
     * @param value the value, never null
     * @param g the generator, positioned where a value may be written
     * @throws IOException when the output fails
     */
    void write(T value, JsonGenerator g) throws IOException;

    /**
     * @param p the parser, positioned on the value's first token
     * @param r the state of this read
     * @return the value; the parser is left on the value's last token
     * @throws IOException when the input fails
     * @throws OcopJsonException when the value is not acceptable, with its pointer
     */
    T read(JsonParser p, Reading r) throws IOException;

    /**
     * @param value a map key
     * @return its text as a JSON property name
     */
    default String toKey(T value) {
        throw new UnsupportedOperationException("not a key type: " + javaType().getSimpleName());
    }

    /**
     * @param key a JSON property name
     * @param p the parser, on the property name
     * @return the key
     */
    default T fromKey(String key, JsonParser p) {
        throw new UnsupportedOperationException("not a key type: " + javaType().getSimpleName());
    }
}
