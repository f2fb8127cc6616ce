package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.validation.FixKind;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the Jackson 3 and Jackson 2 writers share about the library's values: which types they write
 * themselves, the codes of the library's enums, the model type behind an Immutables implementation,
 * its object type in the format, and the properties of plans and cue advice (which have no file
 * format) in their declaration order, named as the file format names properties. Issues and reports
 * are {@link IssueJson}'s.
 */
public final class PlanningValues {
    private static final String PLANNING_PACKAGE = "dev.infantmassage.curriculum.planning";

    /** The planning value types' accessors, in declaration order. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    private PlanningValues() {}

    /** Whether the writers write values of {@code type} themselves: the library's enums, model, texts, plans, issues and reports. */
    public static boolean isWritten(Class<?> type) {
        return isCodeEnum(type)
                || LocalizedText.class.isAssignableFrom(type)
                || Extensible.class.isAssignableFrom(type)
                || Issue.class.isAssignableFrom(type)
                || ValidationReport.class.isAssignableFrom(type)
                || isPlanningValue(modelType(type));
    }

    /** Whether {@code type} is one of the library's enums, written as their codes. */
    public static boolean isCodeEnum(Class<?> type) {
        return type.isEnum()
                && (Coded.class.isAssignableFrom(type)
                        || type == IssueCode.class
                        || type == Severity.class
                        || type == FixKind.class);
    }

    /** The code one of the library's enums is written as, such as {@code "legs-and-feet"} or {@code "json.unknown-property"}. */
    public static String code(Enum<?> constant) {
        if (constant instanceof Coded coded) {
            return coded.code();
        } else if (constant instanceof IssueCode code) {
            return code.code();
        } else if (constant instanceof Severity severity) {
            return severity.code();
        } else if (constant instanceof FixKind kind) {
            return kind.code();
        }
        throw new IllegalArgumentException("Not one of the library's coded enums: " + constant.getDeclaringClass());
    }

    /** The type an Immutables implementation implements: its first abstract superclass. */
    public static Class<?> modelType(Class<?> type) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            if (Modifier.isAbstract(at.getModifiers())) {
                return at;
            }
        }
        return type;
    }

    /** The format's object type for a model value. */
    @SuppressWarnings("unchecked")
    public static ObjectType<Extensible, ?> objectType(Extensible model) {
        return (ObjectType<Extensible, ?>) CurriculumFormat.of(modelType(model.getClass()));
    }

    /** Whether {@code type} is a planning value (a plan, cue advice and their parts), written property by property. */
    public static boolean isPlanningValue(Class<?> type) {
        return type.getPackageName().equals(PLANNING_PACKAGE)
                && !type.isEnum()
                && Modifier.isAbstract(type.getModifiers())
                && implementation(type) != null;
    }

    /** A planning value's properties by name in declaration order, leaving out absent optional ones. */
    public static Map<String, @Nullable Object> properties(Object value) {
        Map<String, @Nullable Object> properties = new LinkedHashMap<>();
        for (Method accessor : ACCESSORS.get(modelType(value.getClass()))) {
            Object property = invoke(accessor, value);
            if (!(property instanceof Optional<?> optional && optional.isEmpty())) {
                properties.put(jsonName(accessor), property);
            }
        }
        return properties;
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
