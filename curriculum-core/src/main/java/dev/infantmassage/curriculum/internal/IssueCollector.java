package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one validation run, applying the caller's options as they come. */
public final class IssueCollector {
    private final ValidationOptions options;
    private final List<Issue> issues = new ArrayList<>();

    public IssueCollector(ValidationOptions options) {
        this.options = options;
    }

    /**
     * Reports {@code code} at {@code location} unless {@code holds}; returns {@code holds}, so checks
     * read as conditions: {@code if (issues.rule(ok, ...)) { ...checks that need ok... }}.
     */
    public boolean rule(boolean holds, IssueCode code, IssueLocation location, Object... arguments) {
        if (!holds) {
            report(code, location, arguments);
        }
        return holds;
    }

    public void report(IssueCode code, IssueLocation location, Object... arguments) {
        if (options.severityOf(code).isPresent()) {
            add(Issue.of(code, location, arguments));
        }
    }

    /** Adds a ready-made issue, re-levelled or dropped by the options. */
    public void add(Issue issue) {
        options.apply(issue).ifPresent(issues::add);
    }

    public ValidationReport toReport() {
        return ValidationReport.of(issues);
    }
}
