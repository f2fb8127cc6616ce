package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object of the format: its properties in declaration order, each with a shape, whether it is
 * required, and how it reaches the model's builder and accessor. Reading, writing and the schema all
 * come from this one description.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectType<T extends Extensible, B> implements Shape<T> {
    /** Whether a property must be present, and when the writer leaves it out. */
    public enum Presence {
        /** Must be present; always written. */
        REQUIRED,
        /** May be absent; written when present. */
        OPTIONAL,
        /** May be absent, meaning the default; written when it differs from the default. */
        DEFAULTED,
        /** A list that may be absent, meaning empty; written when not empty. */
        LIST
    }

    /** One property of an object type. */
    public static final class Property<T, B> {
        private final String name;
        private final Presence presence;
        private final Shape<Object> shape;
        private final BiConsumer<B, Object> setter;
        private final Function<T, Object> getter;
        private final @Nullable Object defaultValue;
        private final String description;

        @SuppressWarnings("unchecked")
        private Property(
                String name,
                Presence presence,
                Shape<?> shape,
                BiConsumer<B, ?> setter,
                Function<T, ?> getter,
                @Nullable Object defaultValue,
                String description) {
            this.name = name;
            this.presence = presence;
            this.shape = (Shape<Object>) shape;
            this.setter = (BiConsumer<B, Object>) setter;
            this.getter = (Function<T, Object>) getter;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        public String name() {
            return name;
        }

        public Presence presence() {
            return presence;
        }

        public Shape<Object> shape() {
            return shape;
        }

        public String description() {
            return description;
        }

        public Optional<Object> defaultValue() {
            return Optional.ofNullable(defaultValue);
        }

        /** The value to write, or empty when the canonical form leaves it out. */
        Optional<Object> written(T value) {
            Object raw = getter.apply(value);
            return switch (presence) {
                case REQUIRED -> Optional.of(raw);
                case OPTIONAL -> ((Optional<?>) raw).map(Object.class::cast);
                case DEFAULTED -> Objects.equals(raw, defaultValue) ? Optional.empty() : Optional.of(raw);
                case LIST ->
                    ((Collection<?>) raw).isEmpty() ? Optional.empty() : Optional.of(List.copyOf((Collection<?>) raw));
            };
        }
    }

    private final Class<T> modelType;
    private final String name;
    private final String label;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final BiConsumer<B, Map<String, Object>> extensions;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private final Map<String, Property<T, B>> byName = new LinkedHashMap<>();
    private boolean topLevel;
    private @Nullable T neutral;

    private ObjectType(
            Class<T> modelType,
            String name,
            String label,
            String description,
            Supplier<B> newBuilder,
            Function<B, T> build,
            BiConsumer<B, Map<String, Object>> extensions) {
        this.modelType = modelType;
        this.name = name;
        this.label = label;
        this.description = description;
        this.newBuilder = newBuilder;
        this.build = build;
        this.extensions = extensions;
    }

    /**
     * An object type.
     *
     * @param name the name of its schema definition, such as {@code stroke}
     * @param label how messages name it, such as {@code a stroke}
     */
    static <T extends Extensible, B> ObjectType<T, B> of(
            Class<T> modelType,
            String name,
            String label,
            String description,
            Supplier<B> newBuilder,
            Function<B, T> build,
            BiConsumer<B, Map<String, Object>> extensions) {
        return new ObjectType<>(modelType, name, label, description, newBuilder, build, extensions);
    }

    /** The model type this object type binds. */
    public Class<T> modelType() {
        return modelType;
    }

    ObjectType<T, B> add(
            String property,
            Presence presence,
            Shape<?> shape,
            BiConsumer<B, ?> setter,
            Function<T, ?> getter,
            @Nullable Object defaultValue,
            String doc) {
        return add(new Property<>(property, presence, shape, setter, getter, defaultValue, doc));
    }

    B newBuilder() {
        return newBuilder.get();
    }

    T build(B builder) {
        return build.apply(builder);
    }

    public String description() {
        return description;
    }

    /** Marks the type of the document's root: it also accepts {@code "$schema"}. */
    ObjectType<T, B> topLevel() {
        this.topLevel = true;
        return this;
    }

    private ObjectType<T, B> add(Property<T, B> property) {
        properties.add(property);
        byName.put(property.name, property);
        return this;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public List<Property<T, B>> properties() {
        return properties;
    }

    public boolean isTopLevel() {
        return topLevel;
    }

    @Override
    public @Nullable T read(JsonNode node, IssueLocation location, String propertyLabel, Binding binding) {
        if (!node.isObject()) {
            binding.wrongType(location, propertyLabel, "an object", node);
            return null;
        }
        B builder = newBuilder.get();
        Map<String, Object> extra = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        // A misspelt name already got its message; the property it was meant to be is not missing as well.
        Set<String> suggested = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            IssueLocation at = location.property(key);
            if (key.startsWith(Extensible.EXTENSION_PREFIX)) {
                extra.put(key, value);
                continue;
            }
            if (topLevel && key.equals(CurriculumFormat.SCHEMA_KEY)) {
                if (value.isString()) {
                    extra.put(key, value);
                } else {
                    binding.wrongType(at, key, "text", value);
                }
                continue;
            }
            Property<T, B> property = byName.get(key);
            if (property == null) {
                Optional<String> suggestion = Suggestions.nearest(key, byName.keySet());
                binding.report(
                        IssueCode.JSON_UNKNOWN_PROPERTY,
                        at,
                        key,
                        label,
                        suggestion.map(name -> "; did you mean '" + name + "'?").orElse(""));
                suggestion.ifPresent(suggested::add);
                Suggestions.onlyNearest(key, byName.keySet())
                        .filter(name -> !node.has(name))
                        .ifPresent(name ->
                                binding.propose(new Replacement(IssueCode.JSON_UNKNOWN_PROPERTY, at, true, name)));
                continue;
            }
            seen.add(key);
            Object bound = property.shape.read(value, at, key, binding);
            if (bound != null) {
                property.setter.accept(builder, bound);
            } else if (property.presence == Presence.REQUIRED) {
                property.setter.accept(builder, property.shape.neutral());
            }
        }
        for (Property<T, B> property : properties) {
            if (property.presence == Presence.REQUIRED && !seen.contains(property.name)) {
                if (!suggested.contains(property.name)) {
                    binding.note(IssueCode.JSON_MISSING_PROPERTY, location, property.name, label);
                }
                binding.failed(location.property(property.name));
                property.setter.accept(builder, property.shape.neutral());
            }
        }
        extensions.accept(builder, extra);
        try {
            return build.apply(builder);
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException rejected) {
            binding.report(IssueCode.JSON_REJECTED, location, label, DocumentParser.readable(rejected.getMessage()));
            return null;
        }
    }

    @Override
    public JsonNode write(T value) {
        ObjectNode node = Shapes.NODES.objectNode();
        Map<String, Object> extra = value.getExtensions();
        if (topLevel && extra.containsKey(CurriculumFormat.SCHEMA_KEY)) {
            node.set(CurriculumFormat.SCHEMA_KEY, JsonValues.toNode(extra.get(CurriculumFormat.SCHEMA_KEY)));
        }
        for (Property<T, B> property : properties) {
            property.written(value).ifPresent(written -> node.set(property.name, property.shape.write(written)));
        }
        extra.forEach((key, extension) -> {
            if (!key.equals(CurriculumFormat.SCHEMA_KEY) || !topLevel) {
                node.set(key, JsonValues.toNode(extension));
            }
        });
        return node;
    }

    @Override
    public synchronized T neutral() {
        if (neutral == null) {
            neutral = read(Shapes.NODES.objectNode(), IssueLocation.root(), name, Binding.quiet());
        }
        return Objects.requireNonNull(neutral);
    }

    @Override
    public ObjectNode schema() {
        return Shapes.NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    /** This type's schema definition. */
    ObjectNode definition() {
        ObjectNode schema = Shapes.NODES.objectNode().put("type", "object").put("description", description);
        ObjectNode props = schema.putObject("properties");
        if (topLevel) {
            props.putObject(CurriculumFormat.SCHEMA_KEY)
                    .put("type", "string")
                    .put(
                            "description",
                            "The address of this JSON Schema, so that editors can check the file as it is typed.");
        }
        ArrayNode required = Shapes.NODES.arrayNode();
        for (Property<T, B> property : properties) {
            ObjectNode schemaOfProperty = property.shape.schema();
            schemaOfProperty.put("description", property.description);
            if (property.defaultValue != null) {
                schemaOfProperty.set("default", property.shape.write(property.defaultValue));
            }
            props.set(property.name, schemaOfProperty);
            if (property.presence == Presence.REQUIRED) {
                required.add(property.name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.putObject("patternProperties")
                .putObject("^x-")
                .put("description", "An extension property of the author's own: kept as written and never checked.");
        schema.put("additionalProperties", false);
        return schema;
    }
}
