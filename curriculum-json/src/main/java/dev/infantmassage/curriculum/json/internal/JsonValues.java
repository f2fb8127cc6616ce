package dev.infantmassage.curriculum.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Extension values as JSON trees. Values read from a file are Jackson trees already; values an
 * application put in by hand may be plain Java values (text, numbers, booleans, lists, maps).
 */
final class JsonValues {
    private JsonValues() {}

    static JsonNode toNode(@Nullable Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return StringNode.valueOf(text);
        }
        if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return IntNode.valueOf(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return LongNode.valueOf(number);
        }
        if (value instanceof BigInteger number) {
            return BigIntegerNode.valueOf(number);
        }
        if (value instanceof BigDecimal number) {
            return DecimalNode.valueOf(number);
        }
        if (value instanceof Number number) {
            return DoubleNode.valueOf(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = Shapes.NODES.objectNode();
            map.forEach((key, item) -> node.set(String.valueOf(key), toNode(item)));
            return node;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode node = Shapes.NODES.arrayNode(items.size());
            items.forEach(item -> node.add(toNode(item)));
            return node;
        }
        return StringNode.valueOf(value.toString());
    }
}
