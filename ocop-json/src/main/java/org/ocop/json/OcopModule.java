package org.ocop.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProductCode;
import org.ocop.core.product.RegistrationCode;

/**
 * The Jackson module that binds every public ocop-core value type both ways, without any Jackson
 * annotation in ocop-core.
 *
 * <p>Values are bound reflectively over the core interfaces: an attribute is a {@code get*}/{@code is*}
 * accessor that the type's builder can set, named as the accessor without its prefix ({@code getMaxPoints()}
 * ↔ {@code "maxPoints"}), except that an attribute {@code type} is written {@code <owner>Type} ({@code
 * "evaluationType"}, {@code "producerType"}) because {@code "type"} names the document type; derived
 * accessors are never written. Properties are written in alphabetical order,
 * empty optionals and collections are omitted, sets are sorted and maps sorted by key. {@link StarRating}
 * is the integer 1 to 5, dates are ISO-8601 {@code yyyy-MM-dd}, {@link ProductCode} and {@link
 * RegistrationCode} are their printed strings, other enums their constant names. Reading is strict: unknown
 * or {@code null} properties, missing required ones and values a core type refuses are errors.
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()}; {@link OcopJson#mapper()} returns
 * a mapper configured for exchange (the module alone does not set ordering, inclusion or stream limits).
 * It also registers Jackson's {@code JavaTimeModule}.
 */
public final class OcopModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public OcopModule() {
        super("OcopModule");
        addSerializer(StarRating.class, new Scalars.StarRatingSerializer());
        addDeserializer(StarRating.class, new Scalars.StarRatingDeserializer());
        addSerializer(LocalDate.class, new Scalars.DateSerializer());
        addDeserializer(LocalDate.class, new Scalars.DateDeserializer());
        addSerializer(ProductCode.class, new Scalars.TextSerializer<>(ProductCode.class, ProductCode::asString));
        addDeserializer(ProductCode.class, new Scalars.TextDeserializer<>(ProductCode.class, ProductCode::parse));
        addSerializer(RegistrationCode.class,
                new Scalars.TextSerializer<>(RegistrationCode.class, RegistrationCode::getValue));
        addDeserializer(RegistrationCode.class,
                new Scalars.TextDeserializer<>(RegistrationCode.class, RegistrationCode::of));
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new ValueSerializers());
        context.addDeserializers(new ValueDeserializers());
    }

    /** Finds the serializer of the ocop-core type a runtime class implements. */
    private static final class ValueSerializers extends Serializers.Base {
        private final Map<Class<?>, JsonSerializer<?>> cache = new ConcurrentHashMap<>();

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Binding b = Binding.forClass(type.getRawClass());
            return b == null ? null : cache.computeIfAbsent(b.type, t -> new ValueSerializer(b));
        }
    }

    /** Finds the deserializer of an ocop-core type. */
    private static final class ValueDeserializers extends Deserializers.Base {
        private final Map<Class<?>, JsonDeserializer<?>> cache = new ConcurrentHashMap<>();

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            Binding b = Binding.ALL.get(type.getRawClass());
            return b == null ? null : cache.computeIfAbsent(b.type, t -> new ValueDeserializer(b));
        }
    }
}
