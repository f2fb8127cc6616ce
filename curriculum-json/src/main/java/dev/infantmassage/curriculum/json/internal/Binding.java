package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The state of one binding run: the issues found so far and the locations where binding failed, so
 * that the validator's findings about substituted values can be dropped (one mistake, one message).
 * Past the options' {@link ValidationOptions#getMaxIssues()}, issues are only counted.
 */
public final class Binding {
    private static final int QUOTE_LIMIT = 60;

    private final List<Issue> issues = new ArrayList<>();
    private final Map<Severity, Long> omitted = new EnumMap<>(Severity.class);
    private final Set<IssueLocation> failed = new HashSet<>();
    private final List<Replacement> replacements = new ArrayList<>();
    private final boolean quiet;
    private final ValidationOptions options;

    private Binding(boolean quiet, ValidationOptions options) {
        this.quiet = quiet;
        this.options = options;
    }

    /** A binding that reports every issue it finds. */
    public static Binding reporting() {
        return reporting(ValidationOptions.defaults());
    }

    /** A binding that reports what it finds, building at most the options' {@code maxIssues} issues. */
    public static Binding reporting(ValidationOptions options) {
        return new Binding(false, options);
    }

    /** A binding that reports nothing: for building neutral substitutes. */
    static Binding quiet() {
        return new Binding(true, ValidationOptions.defaults());
    }

    /** Records an issue at {@code location}, and the location as one where binding failed. */
    void report(IssueCode code, IssueLocation location, Object... arguments) {
        failed(location);
        note(code, location, arguments);
    }

    /**
     * Records an issue about something absent at {@code location} without marking it failed: the values
     * that are there were bound as written, so the validator's findings about them still count.
     */
    void note(IssueCode code, IssueLocation location, Object... arguments) {
        Optional<Severity> severity = options.severityOf(code);
        if (quiet || severity.isEmpty()) {
            return;
        }
        if (issues.size() < options.getMaxIssues()) {
            issues.add(Issue.of(code, location, arguments));
        } else {
            omitted.merge(severity.get(), 1L, Long::sum);
        }
    }

    /** Records a change that would fix an issue just reported without changing what the file says. */
    void propose(Replacement replacement) {
        if (!quiet) {
            replacements.add(replacement);
        }
    }

    /** {@return the changes proposed so far, in the order found} */
    public List<Replacement> replacements() {
        return replacements;
    }

    /** Records that the value at {@code location} was not bound as written, without an issue. */
    void failed(IssueLocation location) {
        failed.add(location);
    }

    void wrongType(IssueLocation location, String label, String expected, JsonNode found) {
        if (issues.size() < options.getMaxIssues()) {
            report(IssueCode.JSON_WRONG_TYPE, location, label, expected, describe(found));
        } else {
            // Past the cap the message is never made: spare describing the value.
            report(IssueCode.JSON_WRONG_TYPE, location);
        }
    }

    /**
     * The issues built, in the order found, at their default severity: the options are applied to
     * them later, with the other reading issues.
     */
    public List<Issue> issues() {
        return issues;
    }

    /** How many issues were found past the cap, by the severity the options give them. */
    public Map<Severity, Long> omitted() {
        return omitted;
    }

    /** Whether {@code location} is, or lies inside, a value binding already reported. */
    public boolean covers(IssueLocation location) {
        for (IssueLocation at = location; ; at = at.parent()) {
            if (failed.contains(at)) {
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
