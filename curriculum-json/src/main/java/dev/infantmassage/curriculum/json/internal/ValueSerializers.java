package dev.infantmassage.curriculum.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/** Finds {@link ValueWriter}'s serializer for the library's types, whatever the mapper's own settings. */
public final class ValueSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    private static final ValueSerializer<Object> WRITER = new Writer();

    @Override
    public @Nullable ValueSerializer<?> findSerializer(
            SerializationConfig config,
            JavaType type,
            BeanDescription.Supplier description,
            JsonFormat.@Nullable Value format) {
        return PlanningValues.isWritten(type.getRawClass())
                ? WRITER
                : super.findSerializer(config, type, description, format);
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(
            SerializationConfig config,
            JavaType type,
            BeanDescription.Supplier description,
            JsonFormat.@Nullable Value format) {
        return PlanningValues.isWritten(type.getRawClass())
                ? WRITER
                : super.findEnumSerializer(config, type, description, format);
    }

    private static final class Writer extends ValueSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            ValueWriter.write(value, generator);
        }
    }
}
