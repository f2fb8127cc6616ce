package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** The shapes of the format's values: text, whole numbers, booleans, codes, localized texts, lists. */
public final class Shapes {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Shapes() {}

    /** Text. */
    public static Shape<String> text() {
        return new Shape<>() {
            @Override
            public @Nullable String read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (node.isString()) {
                    return node.stringValue();
                }
                binding.wrongType(location, label, "text", node);
                return null;
            }

            @Override
            public JsonNode write(String value) {
                return StringNode.valueOf(value);
            }

            @Override
            public String neutral() {
                return "";
            }

            @Override
            public ObjectNode schema() {
                return NODES.objectNode().put("type", "string");
            }
        };
    }

    /** Text matching {@code pattern} in the schema; the binder leaves the check to the validator. */
    public static Shape<String> text(String pattern) {
        Shape<String> text = text();
        return new Shape<>() {
            @Override
            public @Nullable String read(JsonNode node, IssueLocation location, String label, Binding binding) {
                return text.read(node, location, label, binding);
            }

            @Override
            public JsonNode write(String value) {
                return text.write(value);
            }

            @Override
            public String neutral() {
                return text.neutral();
            }

            @Override
            public ObjectNode schema() {
                return text.schema().put("pattern", pattern);
            }
        };
    }

    /** A whole number in Java's {@code int} range, with an optional minimum for the schema. */
    public static Shape<Integer> integer(OptionalInt minimum) {
        return new Shape<>() {
            @Override
            public @Nullable Integer read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (node.isIntegralNumber() && node.canConvertToInt()) {
                    return node.intValue();
                }
                binding.wrongType(
                        location,
                        label,
                        node.isIntegralNumber()
                                ? "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                                : "a whole number",
                        node);
                return null;
            }

            @Override
            public JsonNode write(Integer value) {
                return IntNode.valueOf(value);
            }

            @Override
            public Integer neutral() {
                return minimum.orElse(0);
            }

            @Override
            public ObjectNode schema() {
                ObjectNode schema = NODES.objectNode().put("type", "integer");
                minimum.ifPresent(min -> schema.put("minimum", min));
                return schema.put("maximum", Integer.MAX_VALUE);
            }
        };
    }

    /** {@code true} or {@code false}. */
    public static Shape<Boolean> bool() {
        return new Shape<>() {
            @Override
            public @Nullable Boolean read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                binding.wrongType(location, label, "true or false", node);
                return null;
            }

            @Override
            public JsonNode write(Boolean value) {
                return BooleanNode.valueOf(value);
            }

            @Override
            public Boolean neutral() {
                return false;
            }

            @Override
            public ObjectNode schema() {
                return NODES.objectNode().put("type", "boolean");
            }
        };
    }

    /** One of an enum's wire codes. */
    public static <E extends Enum<E> & Coded> Shape<E> code(Class<E> type) {
        List<String> codes =
                Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        String allowed = codes.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        return new Shape<>() {
            @Override
            public @Nullable E read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (!node.isString()) {
                    binding.wrongType(location, label, "one of " + allowed, node);
                    return null;
                }
                return Coded.find(type, node.stringValue()).orElseGet(() -> {
                    Coded.find(type, canonicalSpelling(node.stringValue()))
                            .ifPresent(meant -> binding.propose(
                                    new Replacement(IssueCode.JSON_UNKNOWN_VALUE, location, false, meant.code())));
                    binding.report(
                            IssueCode.JSON_UNKNOWN_VALUE,
                            location,
                            label,
                            allowed,
                            Binding.quote(node.stringValue()),
                            Suggestions.didYouMeanTail(Suggestions.closest(node.stringValue(), codes)));
                    return null;
                });
            }

            @Override
            public JsonNode write(E value) {
                return StringNode.valueOf(value.code());
            }

            @Override
            public E neutral() {
                return type.getEnumConstants()[0];
            }

            @Override
            public ObjectNode schema() {
                ObjectNode schema = NODES.objectNode();
                ArrayNode values = schema.putArray("enum");
                codes.forEach(values::add);
                return schema;
            }
        };
    }

    /** A text in several languages: an object of texts keyed by language tag. */
    public static Shape<LocalizedText> localized() {
        return new Shape<>() {
            @Override
            public @Nullable LocalizedText read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (!node.isObject()) {
                    binding.wrongType(
                            location, label, "an object of texts by language, such as {\"en\": \"...\"}", node);
                    return null;
                }
                Map<String, String> texts = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    JsonNode text = entry.getValue();
                    if (text.isString()) {
                        texts.put(entry.getKey(), text.stringValue());
                    } else {
                        binding.wrongType(
                                location.property(entry.getKey()), label + "." + entry.getKey(), "text", text);
                    }
                }
                return LocalizedText.of(texts);
            }

            @Override
            public JsonNode write(LocalizedText value) {
                ObjectNode node = NODES.objectNode();
                value.toMap().forEach(node::put);
                return node;
            }

            @Override
            public LocalizedText neutral() {
                return LocalizedText.empty();
            }

            @Override
            public ObjectNode schema() {
                return NODES.objectNode().put("$ref", "#/$defs/localizedText");
            }
        };
    }

    /** A list of items; {@code unique} lists are sets in the model, and say so in the schema. */
    public static <V> Shape<List<V>> list(Shape<V> item, boolean unique) {
        return new Shape<>() {
            @Override
            public @Nullable List<V> read(JsonNode node, IssueLocation location, String label, Binding binding) {
                if (!node.isArray()) {
                    binding.wrongType(location, label, "a list", node);
                    return null;
                }
                List<V> items = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    V value = item.read(node.get(i), location.index(i), label + "[" + i + "]", binding);
                    // A stand-in keeps the indexes of later items, so their locations stay right.
                    items.add(value != null ? value : item.neutral());
                }
                return items;
            }

            @Override
            public JsonNode write(List<V> value) {
                ArrayNode array = NODES.arrayNode(value.size());
                value.forEach(element -> array.add(item.write(element)));
                return array;
            }

            @Override
            public List<V> neutral() {
                return List.of();
            }

            @Override
            public ObjectNode schema() {
                ObjectNode schema = NODES.objectNode().put("type", "array");
                schema.set("items", item.schema());
                if (unique) {
                    schema.put("uniqueItems", true);
                }
                return schema;
            }
        };
    }

    /**
     * A code as the format spells codes: lower case, words joined by hyphens. {@code "Legs_And_Feet"},
     * {@code "legs and feet"} and {@code "legsAndFeet"} all mean {@code "legs-and-feet"}.
     */
    static String canonicalSpelling(String code) {
        return code.strip()
                .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "-")
                .replaceAll("[_\\s]+", "-")
                .toLowerCase(Locale.ROOT);
    }

    /** The schema of a localized text, for the schema's {@code $defs}. */
    static ObjectNode localizedTextDefinition() {
        ObjectNode schema = NODES.objectNode()
                .put("type", "object")
                .put(
                        "description",
                        "A text in one or more languages, keyed by BCP 47 language tag, such as "
                                + "{\"en\": \"Resting hands\", \"es\": \"Manos en reposo\"}.");
        schema.set("additionalProperties", NODES.objectNode().put("type", "string"));
        return schema;
    }
}
