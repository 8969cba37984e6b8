package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ocop.core.StarRating;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.product.ProductCode;
import org.ocop.core.product.RegistrationCode;

/**
 * The scalar codecs of format 1: strings, integers, booleans, decimals as plain numbers, ISO dates, star
 * ranks as integers 1 to 5, codes as their printed strings and enums by constant name. Each reads exactly
 * its own JSON type (no coercion) and names the offending value when it refuses one.
 */
final class Codecs {

    private Codecs() {}

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A string. */
    static final Codec<String> STRING = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return String.class;
        }

        @Override
        public void write(String value, JsonGenerator g) throws IOException {
            g.writeString(value);
        }

        @Override
        public String read(JsonParser p, Reading r) throws IOException {
            expect(p, JsonToken.VALUE_STRING, "a string");
            return p.getText();
        }

        @Override
        public String toKey(String value) {
            return value;
        }

        @Override
        public String fromKey(String key, JsonParser p) {
            return key;
        }
    };

    /**
     * An integer in the range of {@code int}. A number with a zero fraction ({@code 1.0}) is the integer it
     * equals, as in JSON Schema; any other fraction, a string or a boolean is refused.
     */
    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return Integer.class;
        }

        @Override
        public void write(Integer value, JsonGenerator g) throws IOException {
            g.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser p, Reading r) throws IOException {
            return integer(p, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer").intValue();
        }
    };

    /**
     * A member's choice on a criterion: the integer index of the chosen option, as {@link #INT}. A string
     * there is an unfilled template value ({@code "Nguồn nguyên liệu — choose one: …"}) and is reported as
     * the criterion not filled in yet.
     */
    static final Codec<Integer> CHOICE = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return Integer.class;
        }

        @Override
        public void write(Integer value, JsonGenerator g) throws IOException {
            g.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                throw Reading.fail(p, "criterion " + p.currentName() + " is not filled in yet: write the number of"
                        + " the chosen option (0 for the first), found " + found(p));
            }
            return integer(p, Integer.MIN_VALUE, Integer.MAX_VALUE, "the number of an option").intValue();
        }
    };

    /** An integer in the range of {@code long}, with the same rule as {@link #INT}. */
    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return Long.class;
        }

        @Override
        public void write(Long value, JsonGenerator g) throws IOException {
            g.writeNumber(value.longValue());
        }

        @Override
        public Long read(JsonParser p, Reading r) throws IOException {
            return integer(p, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
        }
    };

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return Boolean.class;
        }

        @Override
        public void write(Boolean value, JsonGenerator g) throws IOException {
            g.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, Reading r) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            throw Reading.fail(p, OcopJsonException.Reason.EXPECTED_BOOLEAN, foundPart(p));
        }
    };

    /** A decimal: a plain JSON number with its scale ({@code 50.0} stays {@code 50.0}). */
    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return BigDecimal.class;
        }

        @Override
        public void write(BigDecimal value, JsonGenerator g) throws IOException {
            g.writeNumber(value.toPlainString());
        }

        @Override
        public BigDecimal read(JsonParser p, Reading r) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw Reading.fail(p, OcopJsonException.Reason.EXPECTED_NUMBER, foundPart(p));
            }
            return p.getDecimalValue();
        }
    };

    /** A date, the string {@code yyyy-MM-dd}. */
    static final Codec<LocalDate> DATE = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return LocalDate.class;
        }

        @Override
        public void write(LocalDate value, JsonGenerator g) throws IOException {
            g.writeString(ISO_DATE.format(value));
        }

        @Override
        public LocalDate read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Reading.fail(p, "a date is an ISO-8601 string yyyy-MM-dd, found " + found(p));
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw Reading.fail(p, "not an ISO-8601 date yyyy-MM-dd: " + quote(text));
            }
        }
    };

    /** A star rank, the integer 1 to 5. */
    static final Codec<StarRating> STAR_RATING = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return StarRating.class;
        }

        @Override
        public void write(StarRating value, JsonGenerator g) throws IOException {
            g.writeNumber(value.stars());
        }

        @Override
        public StarRating read(JsonParser p, Reading r) throws IOException {
            return StarRating.of(integer(p, 1, 5, "a star rank, an integer 1 to 5").intValue());
        }
    };

    /**
     * A scoring policy, the object of its options ({@link ScoringPolicy#toOptions()}), names sorted, every value a
     * string; read with {@link ScoringPolicy#fromOptions(Map)} (any subset of the options, the rest default).
     */
    static final Codec<ScoringPolicy> SCORING_POLICY = new Codec<>() {
        @Override
        public Class<?> javaType() {
            return ScoringPolicy.class;
        }

        @Override
        public void write(ScoringPolicy value, JsonGenerator g) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(value.toOptions()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        public ScoringPolicy read(JsonParser p, Reading r) throws IOException {
            expect(p, JsonToken.START_OBJECT, "a scoring policy, an object of option names to strings");
            Map<String, String> options = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (options.containsKey(name)) {
                    throw Reading.fail(p, OcopJsonException.Reason.DUPLICATE_PROPERTY, name);
                }
                options.put(name, STRING.read(p, r));
            }
            try {
                return ScoringPolicy.fromOptions(options);
            } catch (InvalidPolicyException e) {
                throw Reading.fail(p, e.getMessage());
            }
        }
    };

    /** A product code, its printed string ({@code "01-00004-12-2026"}). */
    static final Codec<ProductCode> PRODUCT_CODE = text(ProductCode.class, ProductCode::asString, ProductCode::parse);

    /** A registration code, its printed string ({@code "0101234567"}). */
    static final Codec<RegistrationCode> REGISTRATION_CODE =
            text(RegistrationCode.class, RegistrationCode::getValue, RegistrationCode::of);

    private static final Map<Class<?>, Codec<?>> ENUMS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param type an enum of ocop-core
     * @param <E> the enum
     * @return its codec: the constant name, as a string or a property name
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        return (Codec<E>) ENUMS.computeIfAbsent(type, t -> new EnumCodec<>(type));
    }

    /**
     * @param target the codec, declared later (a type that contains itself)
     * @param <T> the type
     * @return a codec that looks the target up on first use
     */
    static <T> Codec<T> ref(Class<?> type, Supplier<Codec<T>> target) {
        return new Codec<>() {
            @Override
            public Class<?> javaType() {
                return type;
            }

            @Override
            public void write(T value, JsonGenerator g) throws IOException {
                target.get().write(value, g);
            }

            @Override
            public T read(JsonParser p, Reading r) throws IOException {
                return target.get().read(p, r);
            }
        };
    }

    private static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
        private final Class<E> type;
        private final Map<String, E> byName = new HashMap<>();
        private final String names;

        EnumCodec(Class<E> type) {
            this.type = type;
            for (E e : type.getEnumConstants()) {
                byName.put(e.name(), e);
            }
            names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public Class<?> javaType() {
            return type;
        }

        @Override
        public void write(E value, JsonGenerator g) throws IOException {
            g.writeString(value.name());
        }

        @Override
        public E read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Reading.fail(p, "expected one of " + names + ", found " + found(p));
            }
            return parse(p.getText(), p);
        }

        private E parse(String text, JsonParser p) {
            E e = byName.get(text);
            if (e == null) {
                throw Reading.fail(p, "unknown value " + quote(text) + ": expected one of " + names);
            }
            return e;
        }

        @Override
        public String toKey(E value) {
            return value.name();
        }

        @Override
        public E fromKey(String key, JsonParser p) {
            return parse(key, p);
        }
    }

    private static <T> Codec<T> text(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        return new Codec<>() {
            @Override
            public Class<?> javaType() {
                return type;
            }

            @Override
            public void write(T value, JsonGenerator g) throws IOException {
                g.writeString(format.apply(value));
            }

            @Override
            public T read(JsonParser p, Reading r) throws IOException {
                expect(p, JsonToken.VALUE_STRING, "a string");
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    throw Reading.fail(p, e.getMessage());
                }
            }
        };
    }

    private static void expect(JsonParser p, JsonToken token, String what) throws IOException {
        if (p.currentToken() != token) {
            throw Reading.fail(p, "expected " + what + ", found " + found(p));
        }
    }

    private static Long integer(JsonParser p, long min, long max, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw Reading.fail(p, "expected " + what + ", found " + p.getText() + ", out of range");
            }
            long v = p.getLongValue();
            if (v < min || v > max) {
                throw Reading.fail(p, "expected " + what + ", found " + p.getText()
                        + (min == Integer.MIN_VALUE || min == Long.MIN_VALUE ? ", out of range" : ""));
            }
            return v;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal d = p.getDecimalValue();
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                BigDecimal whole = d.stripTrailingZeros();
                if (whole.compareTo(BigDecimal.valueOf(min)) >= 0 && whole.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return whole.longValueExact();
                }
                throw Reading.fail(p, "expected " + what + ", found " + p.getText()
                        + (min == Integer.MIN_VALUE || min == Long.MIN_VALUE ? ", out of range" : ""));
            }
            throw Reading.fail(p, "expected " + what + ", found the fraction " + p.getText());
        }
        throw Reading.fail(p, "expected " + what + ", found " + found(p));
    }

    /**
     * @param p a parser on an unexpected token
     * @return what it is, as a parameter of an {@link OcopJsonException} reason (told in the reader's language)
     * @throws IOException if the parser fails
     */
    static Object foundPart(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return OcopJsonException.Found.END.with();
        }
        switch (t) {
            case VALUE_STRING:
                return OcopJsonException.Found.STRING.with(quote(p.getText()));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return OcopJsonException.Found.NUMBER.with(p.getText());
            case START_ARRAY:
                return OcopJsonException.Found.ARRAY.with();
            case START_OBJECT:
                return OcopJsonException.Found.OBJECT.with();
            default:
                return OcopJsonException.Found.LITERAL.with(found(p));
        }
    }

    /**
     * @param p a parser
     * @return the current value as a person reads it: {@code the string "2"}, {@code an object}, …
     * @throws IOException when the text cannot be read
     */
    static String found(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case VALUE_STRING:
                return "the string " + quote(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + p.getText();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getText();
            case VALUE_NULL:
                return "null";
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }

    /**
     * @param text a value
     * @return it in double quotes, cut at 80 characters
     */
    static String quote(String text) {
        String t = text.length() > 80 ? text.substring(0, 77) + "…" : text;
        return "\"" + t + "\"";
    }
}
