package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Collects the issues of one validation run, applying the caller's options as they come.
 *
 * <p>Past {@link ValidationOptions#getMaxIssues()} issues, it only counts: no message is formatted,
 * no issue is built, so a million findings cost little more than the walk that finds them. The report
 * then lists the first issues found, and {@link ValidationReport#count(Severity)} stays exact.
 */
public final class IssueCollector {
    private final ValidationOptions options;
    private final Predicate<IssueLocation> skipped;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<Severity, Long> omitted = new EnumMap<>(Severity.class);

    public IssueCollector(ValidationOptions options) {
        this(options, location -> false);
    }

    /** A collector that drops, uncounted, every issue at a location {@code skipped} accepts. */
    public IssueCollector(ValidationOptions options, Predicate<IssueLocation> skipped) {
        this.options = options;
        this.skipped = skipped;
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
        Optional<Severity> severity = options.severityOf(code);
        if (severity.isEmpty() || skipped.test(location)) {
            return;
        }
        if (issues.size() >= options.getMaxIssues()) {
            omitted.merge(severity.get(), 1L, Long::sum);
            return;
        }
        Issue issue = Issue.of(code, location, arguments);
        issues.add(severity.get() == issue.getSeverity() ? issue : issue.withSeverity(severity.get()));
    }

    /** Adds a ready-made issue, re-levelled or dropped by the options. */
    public void add(Issue issue) {
        Optional<Issue> applied = options.apply(issue);
        if (applied.isEmpty() || skipped.test(issue.getLocation())) {
            return;
        }
        if (issues.size() >= options.getMaxIssues()) {
            omitted.merge(applied.get().getSeverity(), 1L, Long::sum);
        } else {
            issues.add(applied.get());
        }
    }

    public ValidationReport toReport() {
        return ValidationReport.of(issues, omitted).limitedTo(options.getMaxIssues());
    }
}
