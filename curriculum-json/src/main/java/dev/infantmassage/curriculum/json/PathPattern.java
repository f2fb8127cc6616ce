package dev.infantmassage.curriculum.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One pattern in the syntax of a {@code .gitignore} line, matched against {@code /}-separated paths
 * relative to a base directory. Project configs use the same syntax for {@code include},
 * {@code exclude} and {@code overrides}, so one rule reads the same everywhere:
 *
 * <ul>
 *   <li>{@code *} matches any run of characters but {@code /}, {@code ?} one character but {@code /},
 *       {@code [a-z]} and {@code [!a-z]} one character of (or not of) a set, {@code \} quotes the next
 *       character;</li>
 *   <li>a pattern with no {@code /} but a trailing one matches a name at any depth ({@code target/});
 *       a pattern with a {@code /} at its start or in its middle is anchored at the base directory
 *       ({@code /build}, {@code docs/drafts});</li>
 *   <li>a trailing {@code /} matches directories only;</li>
 *   <li>{@code **} as a whole segment matches any number of directories: {@code **}{@code /x},
 *       {@code a/**}, {@code a/**}{@code /b};</li>
 *   <li>a leading {@code !} negates: a later negated pattern takes back what an earlier one matched.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PathPattern {
    private final String text;
    private final boolean negated;
    private final boolean directoryOnly;
    private final Pattern regex;

    private PathPattern(String text, boolean negated, boolean directoryOnly, Pattern regex) {
        this.text = text;
        this.negated = negated;
        this.directoryOnly = directoryOnly;
        this.regex = regex;
    }

    /**
     * {@return the pattern of one {@code .gitignore} line, or empty for a blank line or a comment ({@code #...})}
     * Trailing spaces are dropped unless quoted with {@code \}.
     *
     * @param line one line of a {@code .gitignore}-style list
     */
    public static Optional<PathPattern> parseLine(String line) {
        Objects.requireNonNull(line, "line");
        String body = stripTrailingSpaces(line);
        if (body.isEmpty() || body.startsWith("#")) {
            return Optional.empty();
        }
        return Optional.of(parse(body));
    }

    /**
     * {@return the pattern {@code text}, as a {@code .gitignore} line without comment handling}
     *
     * @param text the pattern
     * @throws IllegalArgumentException if the pattern is empty or matches nothing ({@code !}, {@code /})
     */
    public static PathPattern parse(String text) {
        Objects.requireNonNull(text, "text");
        String body = text;
        boolean negated = false;
        if (body.startsWith("!")) {
            negated = true;
            body = body.substring(1);
        }
        boolean directoryOnly = false;
        if (body.endsWith("/") && !body.endsWith("\\/")) {
            directoryOnly = true;
            body = body.substring(0, body.length() - 1);
        }
        boolean anchored = body.contains("/");
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("Pattern must name something, but was '" + text + "'");
        }
        List<String> segments = List.of(body.split("/", -1));
        if (!anchored) {
            segments = List.of("**", body);
        }
        return new PathPattern(text, negated, directoryOnly, Pattern.compile(regex(segments)));
    }

    /** {@return the pattern as written} */
    public String text() {
        return text;
    }

    /** {@return whether the pattern starts with {@code !}: a match takes a path back in} */
    public boolean isNegated() {
        return negated;
    }

    /**
     * {@code relative} in the form patterns match: its names joined by {@code /}, whatever the platform's
     * separator; empty for the empty path.
     *
     * @param relative a path relative to a pattern's base
     * @return the names of {@code relative}, {@code /}-separated
     */
    public static String slashed(Path relative) {
        StringBuilder text = new StringBuilder();
        for (Path name : relative) {
            if (!text.isEmpty()) {
                text.append('/');
            }
            text.append(name);
        }
        return text.toString();
    }

    /**
     * {@return whether this pattern matches {@code path} itself (not its parents)}
     *
     * @param path a {@code /}-separated path relative to the pattern's base, without a leading {@code /}
     * @param directory whether the path names a directory
     */
    public boolean matches(String path, boolean directory) {
        Objects.requireNonNull(path, "path");
        return (directory || !directoryOnly) && regex.matcher(path).matches();
    }

    /**
     * {@return whether {@code patterns} leave {@code path} out, as git reads a {@code .gitignore}: the last pattern
     * that matches decides, and a path inside a directory that is left out is left out too (a negated
     * pattern cannot take it back)}
     *
     * @param patterns the patterns, in the order written
     * @param path the path, relative, with {@code /} between names
     * @param directory whether {@code path} is a directory
     */
    public static boolean excludes(List<PathPattern> patterns, String path, boolean directory) {
        int slash = path.indexOf('/');
        while (slash > 0) {
            if (decides(patterns, path.substring(0, slash), true)) {
                return true;
            }
            slash = path.indexOf('/', slash + 1);
        }
        return decides(patterns, path, directory);
    }

    /**
     * {@return whether the last of {@code patterns} to match {@code path} itself leaves it out}
     *
     * @param patterns the patterns, in the order written
     * @param path the path, relative, with {@code /} between names
     * @param directory whether {@code path} is a directory
     */
    public static boolean decides(List<PathPattern> patterns, String path, boolean directory) {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            if (patterns.get(i).matches(path, directory)) {
                return !patterns.get(i).isNegated();
            }
        }
        return false;
    }

    private static String regex(List<String> segments) {
        StringBuilder regex = new StringBuilder();
        boolean separate = false;
        int last = segments.size() - 1;
        for (int i = 0; i <= last; i++) {
            String segment = segments.get(i);
            if (segment.equals("**")) {
                if (i == 0 && i == last) {
                    regex.append(".*");
                } else if (i == 0) {
                    regex.append("(?:.*/)?");
                    separate = false;
                } else if (i == last) {
                    regex.append("/.*");
                } else {
                    regex.append("(?:/.*)?");
                    separate = true;
                }
            } else {
                if (separate) {
                    regex.append('/');
                }
                glob(segment, regex);
                separate = true;
            }
        }
        return regex.toString();
    }

    /** One path segment's glob as a regular expression. */
    private static void glob(String segment, StringBuilder regex) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            switch (c) {
                case '*' -> {
                    regex.append("[^/]*");
                    while (i + 1 < segment.length() && segment.charAt(i + 1) == '*') {
                        i++;
                    }
                }
                case '?' -> regex.append("[^/]");
                case '\\' -> {
                    if (i + 1 < segment.length()) {
                        regex.append(Pattern.quote(String.valueOf(segment.charAt(++i))));
                    }
                }
                case '[' -> {
                    int end = classEnd(segment, i);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        characterClass(segment.substring(i + 1, end), regex);
                        i = end;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
    }

    /** The index of the {@code ]} closing the class opened at {@code open}, or -1. */
    private static int classEnd(String segment, int open) {
        int i = open + 1;
        if (i < segment.length() && (segment.charAt(i) == '!' || segment.charAt(i) == '^')) {
            i++;
        }
        if (i < segment.length() && segment.charAt(i) == ']') {
            i++;
        }
        for (; i < segment.length(); i++) {
            if (segment.charAt(i) == '\\') {
                i++;
            } else if (segment.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static void characterClass(String body, StringBuilder regex) {
        regex.append('[');
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            regex.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
                regex.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            } else if (c == '-') {
                regex.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else {
                regex.append('\\').append(c);
            }
        }
        regex.append(']').append("(?<!/)");
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PathPattern pattern && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
