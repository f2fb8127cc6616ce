package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value and each property name of a document starts, by JSON Pointer, recorded during
 * the one parsing pass so that issues found later can name a line and column without re-parsing.
 */
public final class PositionIndex {
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, Long> names = new HashMap<>();

    void value(String pointer, int line, int column) {
        values.putIfAbsent(pointer, pack(line, column));
    }

    void name(String pointer, int line, int column) {
        names.putIfAbsent(pointer, pack(line, column));
    }

    /** The position of the value at {@code location}, else of its nearest ancestor that has one. */
    public Optional<Position> valueAt(IssueLocation location) {
        for (IssueLocation at = location; ; at = at.parent()) {
            Long packed = values.get(at.toPointer());
            if (packed != null) {
                return Optional.of(unpack(packed));
            }
            if (at.isRoot()) {
                return Optional.empty();
            }
        }
    }

    /** The position of the property name at {@code location}, else that of the value there or above. */
    public Optional<Position> nameAt(IssueLocation location) {
        Long packed = names.get(location.toPointer());
        return packed != null ? Optional.of(unpack(packed)) : valueAt(location);
    }

    /** The position of the value at exactly {@code pointer}, if one was recorded. */
    Optional<Position> exactValue(String pointer) {
        return Optional.ofNullable(values.get(pointer)).map(PositionIndex::unpack);
    }

    /** The position of the property name at exactly {@code pointer}, if one was recorded. */
    Optional<Position> exactName(String pointer) {
        return Optional.ofNullable(names.get(pointer)).map(PositionIndex::unpack);
    }

    private static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static Position unpack(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }

    /** A line and column, both from 1. */
    public record Position(int line, int column) {}
}
