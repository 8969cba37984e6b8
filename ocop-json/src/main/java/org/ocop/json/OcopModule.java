package org.ocop.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProductCode;
import org.ocop.core.product.RegistrationCode;

/**
 * The Jackson module that binds the ocop-core value types both ways, without any Jackson annotation in
 * ocop-core.
 *
 * <p>The module touches OCOP types only: it answers for the bound ocop-core value types and for {@link
 * StarRating}, {@link ProductCode} and {@link RegistrationCode}, and for nothing else. It registers no
 * other module and no codec for {@code LocalDate}, {@code BigDecimal} or any other type of the host; a
 * host's own settings (date format, naming strategy, coercion, unknown-property handling) keep applying to
 * the host's own types exactly as before. Inside an OCOP value, the format-1 rules apply whatever the host's
 * settings: properties as declared in the bindings, dates {@code yyyy-MM-dd}, decimals as plain numbers,
 * star ranks as integers 1 to 5, strict reading (unknown or {@code null} properties, missing required ones,
 * wrong JSON types and values a core type refuses are errors).
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()}. {@link OcopJson} does not go
 * through a mapper at all; use it for documents (header, stream limits, validation, canonical text).
 */
public final class OcopModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public OcopModule() {
        super("OcopModule");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new OcopSerializers());
        context.addDeserializers(new OcopDeserializers());
    }

    private static final Map<Class<?>, Codec<?>> SCALARS = Map.of(
            StarRating.class, Codecs.STAR_RATING,
            ProductCode.class, Codecs.PRODUCT_CODE,
            RegistrationCode.class, Codecs.REGISTRATION_CODE);

    private static Optional<Codec<?>> codec(Class<?> raw, boolean exact) {
        Codec<?> scalar = SCALARS.get(raw);
        if (scalar != null) {
            return Optional.of(scalar);
        }
        if (exact) {
            return Bindings.exact(raw).map(b -> b);
        }
        return Bindings.of(raw).map(b -> b);
    }

    /** Finds the serializer of an OCOP type (a runtime class implementing a bound core type). */
    private static final class OcopSerializers extends Serializers.Base {
        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return codec(type.getRawClass(), false).map(CodecSerializer::new).orElse(null);
        }
    }

    /** Finds the deserializer of an OCOP type. */
    private static final class OcopDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return codec(type.getRawClass(), true).map(CodecDeserializer::new).orElse(null);
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return codec(type, true).map(CodecDeserializer::new).orElse(null);
        }
    }

    /** Writes through a codec; a document type written as the root value gets its header. */
    private static final class CodecSerializer extends JsonSerializer<Object> {
        private final Codec<Object> codec;

        @SuppressWarnings("unchecked")
        CodecSerializer(Codec<?> codec) {
            this.codec = (Codec<Object>) codec;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (codec instanceof TypeBinding) {
                ((TypeBinding<Object, ?>) codec).write(value, gen, gen.getOutputContext().inRoot());
            } else {
                codec.write(value, gen);
            }
        }
    }

    /** Reads through a codec; a document type read as the root value must carry its header. */
    private static final class CodecDeserializer extends JsonDeserializer<Object> {
        private final Codec<Object> codec;

        @SuppressWarnings("unchecked")
        CodecDeserializer(Codec<?> codec) {
            this.codec = (Codec<Object>) codec;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Reading r = Reading.strict();
            try {
                if (codec instanceof TypeBinding) {
                    if (p.currentToken() == JsonToken.FIELD_NAME) {
                        throw Reading.fail(p, "expected a JSON object");
                    }
                    boolean root = p.getParsingContext().getParent() != null
                            && p.getParsingContext().getParent().inRoot();
                    return ((TypeBinding<Object, ?>) codec).read(p, r, root);
                }
                return codec.read(p, r);
            } catch (OcopJsonException e) {
                MismatchedInputException m = MismatchedInputException.from(p, codec.javaType(), e.getMessage());
                m.initCause(e);
                throw m;
            }
        }
    }
}
