package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.Severity;
import java.util.List;

/**
 * The issues found in one input, under the name the user knows it by: the path as given on the
 * command line, {@code <stdin>}, or {@code built-in:five-week-program} for the built-in curriculum.
 */
record FileReport(String file, List<Issue> issues) {
    FileReport {
        issues = List.copyOf(issues);
    }

    long count(Severity severity) {
        return issues.stream().filter(issue -> issue.getSeverity() == severity).count();
    }
}
