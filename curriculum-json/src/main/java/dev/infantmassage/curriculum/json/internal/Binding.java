package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The state of one binding run: the issues found so far and the locations where binding failed, so
 * that the validator's findings about substituted values can be dropped (one mistake, one message).
 */
public final class Binding {
    private static final int QUOTE_LIMIT = 60;

    private final List<Issue> issues = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();
    private final boolean quiet;

    private Binding(boolean quiet) {
        this.quiet = quiet;
    }

    /** A binding that reports what it finds. */
    public static Binding reporting() {
        return new Binding(false);
    }

    /** A binding that reports nothing: for building neutral substitutes. */
    static Binding quiet() {
        return new Binding(true);
    }

    /** Records an issue at {@code location}, and the location as one where binding failed. */
    void report(IssueCode code, IssueLocation location, Object... arguments) {
        failed(location);
        if (!quiet) {
            issues.add(Issue.of(code, location, arguments));
        }
    }

    /**
     * Records an issue about something absent at {@code location} without marking it failed: the values
     * that are there were bound as written, so the validator's findings about them still count.
     */
    void note(IssueCode code, IssueLocation location, Object... arguments) {
        if (!quiet) {
            issues.add(Issue.of(code, location, arguments));
        }
    }

    /** Records that the value at {@code location} was not bound as written, without an issue. */
    void failed(IssueLocation location) {
        failed.add(location.toPointer());
    }

    void wrongType(IssueLocation location, String label, String expected, JsonNode found) {
        report(IssueCode.JSON_WRONG_TYPE, location, label, expected, describe(found));
    }

    /** The issues, in the order found. */
    public List<Issue> issues() {
        return issues;
    }

    /** Whether {@code location} is, or lies inside, a value binding already reported. */
    public boolean covers(IssueLocation location) {
        for (IssueLocation at = location; ; at = at.parent()) {
            if (failed.contains(at.toPointer())) {
                return true;
            }
            if (at.isRoot()) {
                return false;
            }
        }
    }

    /** How a message names a value the author wrote: {@code text 'six'}, {@code the number 2.5}. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "text '" + quote(node.stringValue()) + "'";
            case NUMBER -> "the number " + quote(node.numberValue().toString());
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String quote(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT) + "...";
    }
}
