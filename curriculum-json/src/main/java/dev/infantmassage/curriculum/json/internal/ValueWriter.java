package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the library's values to a Jackson 3 generator in the file format's shape. Model objects and
 * texts go through the format itself, so a curriculum written here is the canonical file. Plans and
 * cue advice, which have no file format, are written property by property in their declaration order
 * with the same conventions: enums as their codes, texts as language maps, instants as ISO-8601 text,
 * absent values left out. Issues and reports are written as {@code --format json} of the command line
 * writes issues: pointer, line, column, severity, code, message.
 */
public final class ValueWriter {
    private static final String MODEL_PACKAGE = "dev.infantmassage.curriculum";
    private static final String PLANNING_PACKAGE = MODEL_PACKAGE + ".planning";

    /** The planning value types' accessors, in declaration order. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    private ValueWriter() {}

    /** Whether this writer writes values of {@code type}: the library's enums, model, texts, plans, issues and reports. */
    public static boolean writes(Class<?> type) {
        return isCodeEnum(type)
                || LocalizedText.class.isAssignableFrom(type)
                || Extensible.class.isAssignableFrom(type)
                || Issue.class.isAssignableFrom(type)
                || ValidationReport.class.isAssignableFrom(type)
                || isPlanningValue(firstAbstract(type));
    }

    /** Writes any value of the library, or a plain value (text, number, list, map) holding some, as JSON. */
    public static void write(@Nullable Object value, JsonGenerator generator) {
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
        } else if (value instanceof Coded coded) {
            generator.writeString(coded.code());
        } else if (value instanceof IssueCode code) {
            generator.writeString(code.code());
        } else if (value instanceof Severity severity) {
            generator.writeString(severity.code());
        } else if (value instanceof Curriculum curriculum) {
            generator.writeTree(CurriculumFormat.CURRICULUM.write(curriculum));
        } else if (value instanceof Extensible model) {
            generator.writeTree(objectType(model).write(model));
        } else if (value instanceof LocalizedText text) {
            generator.writeTree(Shapes.localized().write(text));
        } else if (value instanceof Issue issue) {
            writeIssue(issue, generator);
        } else if (value instanceof ValidationReport report) {
            writeReport(report, generator);
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (isPlanningValue(firstAbstract(value.getClass()))) {
            writeProperties(value, firstAbstract(value.getClass()), generator);
        } else {
            generator.writePOJO(value);
        }
    }

    private static void writeIssue(Issue issue, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("pointer", issue.getLocation().toPointer());
        issue.getFile().ifPresent(file -> generator.writeStringProperty("file", file));
        issue.getLine().ifPresent(line -> generator.writeNumberProperty("line", line));
        issue.getColumn().ifPresent(column -> generator.writeNumberProperty("column", column));
        generator.writeStringProperty("severity", issue.getSeverity().code());
        generator.writeStringProperty("code", issue.getCode().code());
        generator.writeStringProperty("message", issue.getMessage());
        generator.writeEndObject();
    }

    private static void writeReport(ValidationReport report, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeBooleanProperty("valid", !report.hasErrors());
        for (Severity severity : Severity.values()) {
            generator.writeNumberProperty(plural(severity), report.count(severity));
        }
        if (report.omitted() > 0) {
            generator.writeNumberProperty("omitted", report.omitted());
        }
        generator.writeName("issues");
        write(report.issues(), generator);
        generator.writeEndObject();
    }

    private static String plural(Severity severity) {
        return switch (severity) {
            case ERROR -> "errors";
            case WARNING -> "warnings";
            case INFO -> "infos";
        };
    }

    private static void writeProperties(Object value, Class<?> type, JsonGenerator generator) {
        generator.writeStartObject();
        for (Method accessor : ACCESSORS.get(type)) {
            Object property = invoke(accessor, value);
            if (property instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            }
            generator.writeName(jsonName(accessor));
            write(property, generator);
        }
        generator.writeEndObject();
    }

    private static boolean isCodeEnum(Class<?> type) {
        return type.isEnum()
                && (Coded.class.isAssignableFrom(type) || type == IssueCode.class || type == Severity.class);
    }

    private static boolean isPlanningValue(Class<?> type) {
        return type.getPackageName().equals(PLANNING_PACKAGE)
                && !type.isEnum()
                && Modifier.isAbstract(type.getModifiers())
                && implementation(type) != null;
    }

    @SuppressWarnings("unchecked")
    private static ObjectType<Extensible, ?> objectType(Extensible model) {
        return (ObjectType<Extensible, ?>) CurriculumFormat.of(firstAbstract(model.getClass()));
    }

    /** The type an Immutables implementation implements: its first abstract superclass. */
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
