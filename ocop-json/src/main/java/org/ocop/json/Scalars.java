package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import org.ocop.core.StarRating;

/** Strict codecs for the scalar types: star ranks as integers, ISO dates, codes as strings. */
final class Scalars {

    private Scalars() {}

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Writes a {@link StarRating} as its number of stars. */
    static final class StarRatingSerializer extends StdScalarSerializer<StarRating> {
        private static final long serialVersionUID = 1L;

        StarRatingSerializer() {
            super(StarRating.class);
        }

        @Override
        public void serialize(StarRating value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.stars());
        }
    }

    /** Reads a {@link StarRating} from an integer 1 to 5 (nothing else). */
    static final class StarRatingDeserializer extends StdScalarDeserializer<StarRating> {
        private static final long serialVersionUID = 1L;

        StarRatingDeserializer() {
            super(StarRating.class);
        }

        @Override
        public StarRating deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw MismatchedInputException.from(p, StarRating.class, "a star rank is an integer 1 to 5, found "
                        + ValueDeserializer.describe(p.currentToken()));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 1 || p.getIntValue() > 5) {
                throw InvalidFormatException.from(p, "a star rank is an integer 1 to 5, found " + p.getText(),
                        p.getText(), StarRating.class);
            }
            return StarRating.of(p.getIntValue());
        }
    }

    /** Writes a {@link LocalDate} as {@code yyyy-MM-dd}. */
    static final class DateSerializer extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(ISO_DATE.format(value));
        }
    }

    /** Reads a {@link LocalDate} from a {@code yyyy-MM-dd} string only. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, LocalDate.class, "a date is an ISO-8601 string yyyy-MM-dd,"
                        + " found " + ValueDeserializer.describe(p.currentToken()));
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not an ISO-8601 date yyyy-MM-dd: \"" + text + "\"", text,
                        LocalDate.class);
            }
        }
    }

    /** Writes a value as a string through a function. */
    static final class TextSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> format;

        TextSerializer(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    /** Reads a value from a string through a parser that throws {@link IllegalArgumentException}. */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;
        private final Class<T> type;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, type, "a " + type.getSimpleName() + " is a string, found "
                        + ValueDeserializer.describe(p.currentToken()));
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), text, type);
            }
        }
    }
}
