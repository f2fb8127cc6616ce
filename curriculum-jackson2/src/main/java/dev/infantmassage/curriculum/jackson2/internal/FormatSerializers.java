package dev.infantmassage.curriculum.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Finds the serializer for the library's types: the model, texts, enums, plans and cue advice. */
public final class FormatSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    private static final JsonSerializer<Object> WRITER = new Writer();

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
            SerializationConfig config, JavaType type, BeanDescription description) {
        Class<?> raw = type.getRawClass();
        if (FormatWriter.isCodeEnum(raw)
                || FormatWriter.isFormatType(raw)
                || FormatWriter.isPlanningValue(raw)
                || FormatWriter.isPlanningValue(raw.getSuperclass() == null ? raw : raw.getSuperclass())) {
            return WRITER;
        }
        return null;
    }

    private static final class Writer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            FormatWriter.write(value, generator);
        }
    }
}
