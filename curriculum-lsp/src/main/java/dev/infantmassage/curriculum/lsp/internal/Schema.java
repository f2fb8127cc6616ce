package dev.infantmassage.curriculum.lsp.internal;

import dev.infantmassage.curriculum.json.CurriculumJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled JSON Schema, walked along a document path for property names, enum codes and descriptions. */
public final class Schema {
    private static final String LOCALIZED_TEXT = "#/$defs/localizedText";

    private final JsonNode root;

    private Schema(JsonNode root) {
        this.root = root;
    }

    public static Schema bundled() {
        return new Schema(JsonMapper.builder().build().readTree(CurriculumJson.schema()));
    }

    /** A property an object at some path may have, with its description. */
    public record Property(String name, String description) {}

    /** The schema of the value at {@code path}, if the schema describes it. */
    public Optional<JsonNode> at(List<String> path) {
        JsonNode node = resolve(root);
        for (String segment : path) {
            if (node == null) {
                return Optional.empty();
            }
            if (JsonOutline.isIndex(segment) && node.has("items")) {
                node = resolve(node.get("items"));
            } else if (node.has("properties") && node.get("properties").has(segment)) {
                node = resolve(node.get("properties").get(segment));
            } else if (node.has("additionalProperties")
                    && node.get("additionalProperties").isObject()) {
                node = resolve(node.get("additionalProperties"));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    /** Whether the value at {@code path} is a text keyed by language tag. */
    public boolean isLocalizedText(List<String> path) {
        JsonNode node = root;
        for (String segment : path) {
            node = step(resolve(node), segment);
            if (node == null) {
                return false;
            }
        }
        return node.path("$ref").asString("").equals(LOCALIZED_TEXT);
    }

    private static JsonNode step(JsonNode node, String segment) {
        if (node == null) {
            return null;
        }
        if (JsonOutline.isIndex(segment) && node.has("items")) {
            return node.get("items");
        }
        if (node.has("properties") && node.get("properties").has(segment)) {
            return node.get("properties").get(segment);
        }
        return null;
    }

    /** The properties an object at {@code path} may have, in the schema's order. */
    public List<Property> properties(List<String> path) {
        List<Property> properties = new ArrayList<>();
        at(path).map(node -> node.path("properties")).ifPresent(found -> {
            for (Map.Entry<String, JsonNode> each : found.properties()) {
                properties.add(new Property(
                        each.getKey(), each.getValue().path("description").asString("")));
            }
        });
        return properties;
    }

    /** The codes the value at {@code path} may take, each with the description of its property. */
    public List<String> codes(List<String> path) {
        List<String> codes = new ArrayList<>();
        at(path).map(node -> node.path("enum"))
                .ifPresent(values -> values.forEach(value -> codes.add(value.asString())));
        return codes;
    }

    /** The description of the value at {@code path}. */
    public Optional<String> description(List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        List<String> parent = path.subList(0, path.size() - 1);
        Map<String, String> byName = new LinkedHashMap<>();
        properties(parent).forEach(property -> byName.put(property.name(), property.description()));
        return Optional.ofNullable(byName.get(path.get(path.size() - 1))).filter(text -> !text.isEmpty());
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 8; hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }
}
