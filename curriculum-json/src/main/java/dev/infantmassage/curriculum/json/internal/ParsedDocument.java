package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.Issue;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of the parsing pass: the tree (absent when the text is not well-formed JSON), the
 * position of every value, the issues found while reading the text, and how many duplicate keys were
 * found past the cap on issues (counted, not built).
 */
public record ParsedDocument(
        @Nullable JsonNode root, PositionIndex positions, List<Issue> issues, long omittedDuplicateKeys) {
    public ParsedDocument {
        issues = List.copyOf(issues);
    }

    public ParsedDocument(@Nullable JsonNode root, PositionIndex positions, List<Issue> issues) {
        this(root, positions, issues, 0);
    }
}
