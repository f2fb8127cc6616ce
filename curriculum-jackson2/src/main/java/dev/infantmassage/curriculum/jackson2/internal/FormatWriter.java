package dev.infantmassage.curriculum.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.ObjectType;
import dev.infantmassage.curriculum.json.internal.Shapes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Writes the library's values to a Jackson 2 generator in the file format's shape. Model objects go
 * through the format itself (curriculum-json's canonical writer, whose Jackson 3 tree is copied token
 * by token), so a curriculum written here is the canonical file. Plans and cue advice, which have no
 * file format, are written property by property in their declaration order with the same conventions:
 * enums as their lower-kebab codes, texts as language maps, instants as ISO-8601 text, absent values
 * left out.
 */
public final class FormatWriter {
    private static final String MODEL_PACKAGE = "dev.infantmassage.curriculum";

    /** The planning value types' accessors, in declaration order. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    private FormatWriter() {}

    /** Whether {@code type} is one of the library's enums, all of which have a wire {@code code()}. */
    public static boolean isCodeEnum(Class<?> type) {
        return type.isEnum() && type.getPackageName().startsWith(MODEL_PACKAGE);
    }

    /** Whether values of {@code type} are written through the file format: the model's object types and texts. */
    public static boolean isFormatType(Class<?> type) {
        return LocalizedText.class.isAssignableFrom(type) || Extensible.class.isAssignableFrom(type);
    }

    /** Whether {@code type} is a planning value (a plan, cue advice and their parts), written property by property. */
    public static boolean isPlanningValue(Class<?> type) {
        return type.getPackageName().equals(MODEL_PACKAGE + ".planning")
                && !type.isEnum()
                && Modifier.isAbstract(type.getModifiers())
                && implementation(type) != null;
    }

    /** Writes any value of the library, or a plain value (text, number, list, map), as JSON. */
    public static void write(@Nullable Object value, JsonGenerator generator) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), generator);
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Instant instant) {
            generator.writeString(instant.toString());
        } else if (value instanceof Enum<?> constant && isCodeEnum(constant.getDeclaringClass())) {
            generator.writeString(code(constant));
        } else if (value instanceof Curriculum curriculum) {
            copy(CurriculumFormat.CURRICULUM.write(curriculum), generator);
        } else if (value instanceof Extensible model) {
            copy(objectType(model).write(model), generator);
        } else if (value instanceof LocalizedText text) {
            copy(Shapes.localized().write(text), generator);
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (isPlanningValue(firstAbstract(value.getClass()))) {
            writeProperties(value, firstAbstract(value.getClass()), generator);
        } else {
            generator.writeObject(value);
        }
    }

    private static void writeProperties(Object value, Class<?> type, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        for (Method accessor : ACCESSORS.get(type)) {
            Object property = invoke(accessor, value);
            if (property instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            }
            generator.writeFieldName(jsonName(accessor));
            write(property, generator);
        }
        generator.writeEndObject();
    }

    /** Copies a Jackson 3 tree, as curriculum-json writes it, to a Jackson 2 generator. */
    public static void copy(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    generator.writeFieldName(entry.getKey());
                    copy(entry.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode item : node) {
                    copy(item, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.stringValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                Number number = node.numberValue();
                if (number instanceof BigDecimal decimal) {
                    generator.writeNumber(decimal);
                } else if (number instanceof BigInteger integer) {
                    generator.writeNumber(integer);
                } else if (number instanceof Double || number instanceof Float) {
                    generator.writeNumber(number.doubleValue());
                } else {
                    generator.writeNumber(number.longValue());
                }
            }
            default -> generator.writeString(node.asString());
        }
    }

    private static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @SuppressWarnings("unchecked")
    private static ObjectType<Extensible, ?> objectType(Extensible model) {
        return (ObjectType<Extensible, ?>) CurriculumFormat.of(firstAbstract(model.getClass()));
    }

    /** The model type an Immutables implementation implements: its first abstract superclass. */
    private static Class<?> firstAbstract(Class<?> type) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            if (Modifier.isAbstract(at.getModifiers())) {
                return at;
            }
        }
        return type;
    }

    private static @Nullable Class<?> implementation(Class<?> type) {
        try {
            return Class.forName(
                    type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The accessors Immutables implements, in declaration order (the order of its fields). */
    private static List<Method> accessors(Class<?> type) {
        Class<?> implementation = implementation(type);
        List<Method> accessors = new ArrayList<>();
        if (implementation == null) {
            return accessors;
        }
        for (Field field : implementation.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                continue;
            }
            String capitalised = Character.toUpperCase(field.getName().charAt(0))
                    + field.getName().substring(1);
            for (String prefix : List.of("get", "is")) {
                try {
                    accessors.add(type.getMethod(prefix + capitalised));
                    break;
                } catch (NoSuchMethodException tryNext) {
                    // the other prefix
                }
            }
        }
        return List.copyOf(accessors);
    }

    private static String jsonName(Method accessor) {
        String name = accessor.getName();
        String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : name;
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static @Nullable Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
