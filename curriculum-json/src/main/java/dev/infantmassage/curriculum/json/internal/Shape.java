package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.IssueLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of JSON value maps to a model value: how it is read, written and described in the
 * schema. One table of shapes drives the reader, the writer and the schema, so they cannot drift.
 */
public interface Shape<V> {
    /**
     * Reads {@code node}. On a mismatch, reports through {@code binding} and returns null; the caller
     * substitutes {@link #neutral()} where the model needs a value.
     *
     * @param label how messages name the value, such as {@code repetitions} or {@code steps[2]}
     */
    @Nullable
    V read(JsonNode node, IssueLocation location, String label, Binding binding);

    /** The value as a tree, in canonical form. */
    JsonNode write(V value);

    /** A stand-in for a value that could not be read, so that the enclosing object can still be built. */
    V neutral();

    /** This shape's JSON Schema. */
    ObjectNode schema();
}
