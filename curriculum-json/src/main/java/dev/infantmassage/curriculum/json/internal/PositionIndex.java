package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where each value and each property name of a document starts, recorded during the one parsing
 * pass so that issues found later can name a line and column without re-parsing.
 *
 * <p>Positions are kept per container, one packed {@code long} per value (and per property name),
 * in the container's order, so the index costs a few bytes per value even for a file of millions of
 * values; a location is found by walking the tree along its path.
 */
public final class PositionIndex {
    private final Map<JsonNode, long[]> children = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Integer>> propertyOrder = new IdentityHashMap<>();
    private @Nullable JsonNode root;
    private long rootPosition;

    void root(JsonNode node, long position) {
        this.root = node;
        this.rootPosition = position;
    }

    /**
     * Records a container's positions: for a list, one per item; for an object, the name's and then
     * the value's position of each property, in the object's order.
     */
    void container(JsonNode node, long[] positions) {
        children.put(node, positions);
    }

    /** The position of the value at {@code location}, else of its nearest ancestor that has one. */
    public Optional<Position> valueAt(IssueLocation location) {
        return find(location, false);
    }

    /** The position of the property name at {@code location}, else that of the nearest value above it. */
    public Optional<Position> nameAt(IssueLocation location) {
        return find(location, true);
    }

    private Optional<Position> find(IssueLocation location, boolean name) {
        JsonNode node = root;
        if (node == null) {
            return Optional.empty();
        }
        long found = rootPosition;
        List<String> segments = location.segments();
        for (int i = 0; i < segments.size(); i++) {
            long[] positions = children.get(node);
            if (positions == null) {
                break;
            }
            String segment = segments.get(i);
            int index;
            if (node.isObject()) {
                Integer order = propertyOrder(node).get(segment);
                if (order == null) {
                    break;
                }
                index = 2 * order + (name && i == segments.size() - 1 ? 0 : 1);
                node = node.get(segment);
            } else {
                index = arrayIndex(segment);
                if (index < 0 || index >= positions.length) {
                    break;
                }
                node = node.get(index);
            }
            found = positions[index];
        }
        return Optional.of(unpack(found));
    }

    private Map<String, Integer> propertyOrder(JsonNode object) {
        return propertyOrder.computeIfAbsent(object, node -> {
            Map<String, Integer> order = new HashMap<>();
            for (String property : node.propertyNames()) {
                order.put(property, order.size());
            }
            return order;
        });
    }

    private static int arrayIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static Position unpack(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }

    /** A line and column, both from 1. */
    public record Position(int line, int column) {}
}
