package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.Description;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.PropertyNames;
import dev.infantmassage.curriculum.json.internal.ObjectType.Presence;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Derives the format from the model, once: every {@code @Value.Immutable} type reachable from the
 * root becomes an object type, every accessor a property. The JSON name is the accessor's name
 * without {@code get}/{@code is}; {@code Optional} makes a property optional, a {@code List} or
 * {@code Set} a list (a set's items are unique), a concrete accessor ({@code @Value.Default}) a
 * property with the default the model computes; enums are their {@code code()}s; bounds come from Bean Validation annotations and
 * descriptions from {@link Description}. Properties keep the model's declaration order, which the
 * Immutables implementation's fields carry.
 *
 * <p>What the model cannot say is given by {@link Overrides}.
 */
final class ModelFormat {
    /** What the model cannot say about the format. */
    record Overrides(
            Map<Class<?>, String> names, Map<Class<?>, String> labels, Map<String, PropertyOverride> properties) {}

    /** A property whose presence or shape differs from what its accessor implies, keyed by {@code type.property}. */
    record PropertyOverride(Presence presence, Shape<?> shape) {}

    private final Overrides overrides;
    private final Map<Class<?>, ObjectType<?, ?>> types = new LinkedHashMap<>();

    private ModelFormat(Overrides overrides) {
        this.overrides = overrides;
    }

    /** The object types reachable from {@code root}, the root first, then in the order properties reach them. */
    static List<ObjectType<?, ?>> derive(Class<? extends Extensible> root, Overrides overrides) {
        ModelFormat format = new ModelFormat(overrides);
        format.objectType(root);
        return List.copyOf(format.types.values());
    }

    /** The model's properties of {@code type}, in declaration order: each accessor that Immutables implements. */
    static List<Method> accessors(Class<?> type) {
        Class<?> implementation = implementation(type);
        List<Method> accessors = new ArrayList<>();
        for (Field field : implementation.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    || Modifier.isTransient(field.getModifiers())
                    || field.getName().equals("extensions")) {
                continue;
            }
            accessors.add(accessor(type, field.getName()));
        }
        return accessors;
    }

    private static Method accessor(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return type.getMethod(prefix + capitalised);
            } catch (NoSuchMethodException tryNext) {
                // the other prefix
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no accessor for " + property);
    }

    private static Class<?> implementation(Class<?> type) {
        try {
            return Class.forName(
                    type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(type.getName() + " is not an Immutables type", e);
        }
    }

    private <T extends Extensible> ObjectType<T, Object> objectType(Class<T> type) {
        @SuppressWarnings("unchecked")
        ObjectType<T, Object> known = (ObjectType<T, Object>) types.get(type);
        if (known != null) {
            return known;
        }
        Method builderFactory = method(type, "builder");
        Class<?> builderType = builderFactory.getReturnType();
        Method build = method(builderType, "build");
        Method putAllExtensions = method(builderType, "putAllExtensions", Map.class);
        String name = overrides.names().getOrDefault(type, decapitalise(type.getSimpleName()));
        ObjectType<T, Object> objectType = ObjectType.of(
                type,
                name,
                overrides.labels().getOrDefault(type, article(words(type.getSimpleName()))),
                description(type.getAnnotation(Description.class), type.getSimpleName()),
                () -> invoke(builderFactory, null),
                builder -> type.cast(invoke(build, builder)),
                (builder, extensions) -> invoke(putAllExtensions, builder, extensions));
        types.put(type, objectType);
        List<Method> accessors = accessors(type);
        List<PropertyDraft> drafts = new ArrayList<>();
        for (Method accessor : accessors) {
            drafts.add(draft(name, accessor, builderType));
        }
        Object neutral = neutral(objectType, drafts);
        for (PropertyDraft draft : drafts) {
            Object defaultValue = draft.presence == Presence.DEFAULTED ? invoke(draft.accessor, neutral) : null;
            objectType.add(
                    draft.name,
                    draft.presence,
                    draft.shape,
                    (builder, value) -> invoke(
                            draft.setter, builder, draft.presence == Presence.OPTIONAL ? Optional.of(value) : value),
                    value -> invoke(draft.accessor, value),
                    defaultValue,
                    description(
                            draft.accessor.getAnnotation(Description.class), type.getSimpleName() + "." + draft.name));
        }
        return objectType;
    }

    private record PropertyDraft(String name, Method accessor, Presence presence, Shape<?> shape, Method setter) {}

    private PropertyDraft draft(String typeName, Method accessor, Class<?> builderType) {
        String name = PropertyNames.nameOf(accessor);
        Class<?> raw = accessor.getReturnType();
        Presence presence;
        Shape<?> shape;
        Class<?> setterParameter;
        if (raw == Optional.class) {
            presence = Presence.OPTIONAL;
            shape = shape(itemType(accessor), itemAnnotations(accessor));
            setterParameter = Optional.class;
        } else if (raw == List.class || raw == Set.class) {
            presence = Presence.LIST;
            shape = Shapes.list(shape(itemType(accessor), itemAnnotations(accessor)), raw == Set.class);
            setterParameter = Iterable.class;
        } else {
            // Immutables implements the abstract accessors; a concrete one is a @Value.Default.
            presence = Modifier.isAbstract(accessor.getModifiers()) ? Presence.REQUIRED : Presence.DEFAULTED;
            shape = shape(
                    raw,
                    Stream.concat(
                                    Arrays.stream(accessor.getAnnotations()),
                                    Arrays.stream(
                                            accessor.getAnnotatedReturnType().getAnnotations()))
                            .toList());
            setterParameter = raw;
        }
        PropertyOverride override = overrides.properties().get(typeName + "." + name);
        if (override != null) {
            presence = override.presence();
            shape = override.shape();
        }
        return new PropertyDraft(name, accessor, presence, shape, method(builderType, name, setterParameter));
    }

    private Shape<?> shape(Class<?> type, List<Annotation> annotations) {
        if (type == String.class) {
            return annotations.stream()
                    .filter(Pattern.class::isInstance)
                    .map(Pattern.class::cast)
                    .findFirst()
                    .map(pattern -> Shapes.text(anchored(pattern.regexp())))
                    .orElseGet(Shapes::text);
        }
        if (type == int.class || type == Integer.class) {
            return Shapes.integer(minimum(annotations));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Shapes.bool();
        }
        if (type == LocalizedText.class) {
            return Shapes.localized();
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return codeShape(type);
        }
        if (Extensible.class.isAssignableFrom(type)) {
            return objectType(type.asSubclass(Extensible.class));
        }
        throw new IllegalStateException("The format has no shape for " + type.getName());
    }

    private static OptionalInt minimum(List<Annotation> annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Positive) {
                return OptionalInt.of(1);
            }
            if (annotation instanceof PositiveOrZero) {
                return OptionalInt.of(0);
            }
            if (annotation instanceof Min min) {
                return OptionalInt.of(Math.toIntExact(min.value()));
            }
        }
        return OptionalInt.empty();
    }

    /** A Bean Validation pattern matches the whole text; a schema pattern anywhere, unless anchored. */
    private static String anchored(String regexp) {
        return "^" + (regexp.contains("|") ? "(?:" + regexp + ")" : regexp) + "$";
    }

    private static Class<?> itemType(Method accessor) {
        Type argument = ((ParameterizedType) accessor.getGenericReturnType()).getActualTypeArguments()[0];
        return (Class<?>) (argument instanceof ParameterizedType parameterized ? parameterized.getRawType() : argument);
    }

    private static List<Annotation> itemAnnotations(Method accessor) {
        AnnotatedType argument =
                ((AnnotatedParameterizedType) accessor.getAnnotatedReturnType()).getAnnotatedActualTypeArguments()[0];
        return List.of(argument.getAnnotations());
    }

    /** An instance with every required property at its neutral value: what the model defaults the others to. */
    private static Object neutral(ObjectType<?, Object> type, List<PropertyDraft> drafts) {
        Object builder = type.newBuilder();
        for (PropertyDraft draft : drafts) {
            if (draft.presence == Presence.REQUIRED) {
                invoke(draft.setter, builder, draft.shape.neutral());
            }
        }
        return type.build(builder);
    }

    private static String description(Description description, String what) {
        if (description == null) {
            throw new IllegalStateException(what + " has no @Description");
        }
        return description.value();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Shape<?> codeShape(Class<?> codedEnum) {
        return Shapes.code((Class) codedEnum);
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code RoutineStep} gives {@code routine step}. */
    private static String words(String name) {
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no " + name + Arrays.toString(parameters), e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
