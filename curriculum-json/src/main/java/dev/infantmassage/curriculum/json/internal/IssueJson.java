package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of an issue and of a report, the one definition behind the Jackson 3 and Jackson 2 modules.
 * An issue has the fields {@code --format json} of the command line writes: {@code pointer}, then
 * {@code file}, {@code line} and {@code column} when known, {@code severity} and {@code code} as their
 * codes, and {@code message}. A report has {@code valid}, the counts {@code errors}, {@code warnings}
 * and {@code infos}, {@code omitted} when issues past a cap were only counted, and its {@code issues}.
 */
public final class IssueJson {
    private IssueJson() {}

    /** An issue as a JSON object. */
    public static ObjectNode issue(Issue issue) {
        ObjectNode node =
                Shapes.NODES.objectNode().put("pointer", issue.getLocation().toPointer());
        issue.getFile().ifPresent(file -> node.put("file", file));
        issue.getLine().ifPresent(line -> node.put("line", line));
        issue.getColumn().ifPresent(column -> node.put("column", column));
        return node.put("severity", issue.getSeverity().code())
                .put("code", issue.getCode().code())
                .put("message", issue.getMessage());
    }

    /** A report as a JSON object. */
    public static ObjectNode report(ValidationReport report) {
        ObjectNode node = Shapes.NODES.objectNode().put("valid", !report.hasErrors());
        for (Severity severity : Severity.values()) {
            node.put(plural(severity), report.count(severity));
        }
        if (report.omitted() > 0) {
            node.put("omitted", report.omitted());
        }
        ArrayNode issues = node.putArray("issues");
        report.issues().forEach(issue -> issues.add(issue(issue)));
        return node;
    }

    private static String plural(Severity severity) {
        return switch (severity) {
            case ERROR -> "errors";
            case WARNING -> "warnings";
            case INFO -> "infos";
        };
    }
}
