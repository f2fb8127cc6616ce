package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A location in a curriculum document, as the path from the root: property names and list indexes.
 * Its string form is an RFC 6901 JSON Pointer ({@code /schedule/weeks/2/newStrokes/0}; the root is
 * the empty string).
 *
 * <p>Locations share their parents, so building one per visited value is cheap.
 *
 * @since 0.1.0
 */
public final class IssueLocation implements Comparable<IssueLocation> {
    private static final IssueLocation ROOT = new IssueLocation(null, null, -1);

    private final @Nullable IssueLocation parent;
    private final @Nullable String property;
    private final int index;
    private final int depth;
    /** The pointer, made on first use: equality, hashing and reports all need it. */
    private @Nullable String pointer;
    /** The hash, made on first use; 0 until then. */
    private int hash;

    private IssueLocation(@Nullable IssueLocation parent, @Nullable String property, int index) {
        this.parent = parent;
        this.property = property;
        this.index = index;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** {@return the document's root} */
    public static IssueLocation root() {
        return ROOT;
    }

    /**
     * Parses an RFC 6901 JSON Pointer. Segments made only of digits become indexes.
     *
     * @param pointer a JSON Pointer such as {@code "/schedule/weeks/2"}, or the empty string for the root
     * @return the location the pointer names
     * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}
     */
    public static IssueLocation parse(String pointer) {
        requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("JSON Pointer must start with '/', but was '" + pointer + "'");
        }
        IssueLocation location = ROOT;
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            location = isIndex(name) ? location.index(Integer.parseInt(name)) : location.property(name);
        }
        return location;
    }

    /**
     * {@return the location of property {@code name} of the object here}
     *
     * @param name the property's name
     */
    public IssueLocation property(String name) {
        return new IssueLocation(this, requireNonNull(name, "name"), -1);
    }

    /**
     * {@return the location of item {@code index} of the list here}
     *
     * @param index the item's index, from 0
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public IssueLocation index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Index must not be negative, but was " + index);
        }
        return new IssueLocation(this, null, index);
    }

    /** {@return whether this is the whole document, the empty pointer} */
    public boolean isRoot() {
        return parent == null;
    }

    /** {@return the enclosing location; the root is its own parent} */
    public IssueLocation parent() {
        return parent == null ? this : parent;
    }

    /** {@return the last property name on the path, if any: the field an issue is about} */
    public java.util.Optional<String> lastProperty() {
        for (IssueLocation at = this; at.parent != null; at = at.parent) {
            if (at.property != null) {
                return java.util.Optional.of(at.property);
            }
        }
        return java.util.Optional.empty();
    }

    /** {@return the path's segments from the root: property names, and indexes as decimal strings} */
    public List<String> segments() {
        List<String> segments = new ArrayList<>(depth);
        for (IssueLocation at = this; at.parent != null; at = at.parent) {
            segments.add(at.segment());
        }
        Collections.reverse(segments);
        return segments;
    }

    /**
     * {@return whether {@code this} equals {@code other} or lies inside it}
     *
     * @param other the location that may contain this one
     */
    public boolean startsWith(IssueLocation other) {
        IssueLocation at = this;
        while (at.depth > other.depth) {
            at = at.parent;
        }
        return at.equals(other);
    }

    /** {@return the RFC 6901 JSON Pointer} */
    public String toPointer() {
        String made = pointer;
        if (made == null) {
            if (parent == null) {
                made = "";
            } else {
                // Iterative, not recursive: a location built in code may be deeper than any stack.
                String start = parent.pointer;
                if (start != null) {
                    made = start + '/' + escaped(segment());
                } else {
                    StringBuilder text = new StringBuilder();
                    for (String segment : segments()) {
                        text.append('/').append(escaped(segment));
                    }
                    made = text.toString();
                }
            }
            pointer = made;
        }
        return made;
    }

    private static String escaped(String segment) {
        return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
                ? segment
                : segment.replace("~", "~0").replace("/", "~1");
    }

    private String segment() {
        return property != null ? property : Integer.toString(index);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        return segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Document order where the path says it: indexes numerically, properties by name. */
    @Override
    public int compareTo(IssueLocation other) {
        List<String> mine = segments();
        List<String> theirs = other.segments();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            String a = mine.get(i);
            String b = theirs.get(i);
            int order = isIndex(a) && isIndex(b)
                    ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
                    : a.compareTo(b);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    /** Equal when the pointers are: compared level by level, without making the pointers. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IssueLocation that) || depth != that.depth || hashCode() != that.hashCode()) {
            return false;
        }
        IssueLocation mine = this;
        IssueLocation theirs = that;
        while (mine != theirs && mine.parent != null) {
            boolean same = mine.property != null && theirs.property != null
                    ? mine.property.equals(theirs.property)
                    : mine.segment().equals(theirs.segment());
            if (!same) {
                return false;
            }
            mine = mine.parent;
            theirs = theirs.parent;
        }
        return true;
    }

    /**
     * The hash of the segments, level by level; an index hashes as its decimal text, as {@link #equals} compares it.
     */
    @Override
    public int hashCode() {
        int made = hash;
        if (made == 0 && parent != null) {
            if (parent.hash != 0 || parent.parent == null) {
                made = 31 * parent.hash + (property != null ? property.hashCode() : decimalHash(index));
            } else {
                // Iterative, not recursive, like toPointer.
                for (String segment : segments()) {
                    made = 31 * made + segment.hashCode();
                }
            }
            hash = made;
        }
        return made;
    }

    private static int decimalHash(int index) {
        if (index < 10) {
            return '0' + index;
        }
        return 31 * decimalHash(index / 10) + ('0' + index % 10);
    }

    /** The JSON Pointer. */
    @Override
    public String toString() {
        return toPointer();
    }
}
