package dev.infantmassage.curriculum.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.infantmassage.curriculum.json.internal.PlanningValues;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Finds the serializer for the library's types: the model, texts, enums, plans, cue advice, issues and reports. */
public final class FormatSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    private static final JsonSerializer<Object> WRITER = new Writer();

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
            SerializationConfig config, JavaType type, BeanDescription description) {
        return PlanningValues.isWritten(type.getRawClass()) ? WRITER : null;
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
