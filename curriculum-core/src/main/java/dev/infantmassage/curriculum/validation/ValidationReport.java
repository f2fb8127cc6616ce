package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The issues found in one validation, sorted by file, position or location, then severity.
 * Immutable and thread-safe.
 */
public final class ValidationReport {
    private static final Comparator<Issue> ORDER = Comparator
            .comparing((Issue issue) -> issue.getFile().orElse(""))
            .thenComparing(issue -> issue.getLine().orElse(Integer.MAX_VALUE))
            .thenComparing(issue -> issue.getColumn().orElse(Integer.MAX_VALUE))
            .thenComparing(Issue::getLocation)
            .thenComparing(Issue::getSeverity)
            .thenComparing(Issue::getCode)
            .thenComparing(Issue::getMessage);

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Issue> issues;

    private ValidationReport(List<Issue> issues) {
        this.issues = issues;
    }

    public static ValidationReport empty() {
        return EMPTY;
    }

    public static ValidationReport of(Collection<Issue> issues) {
        requireNonNull(issues, "issues");
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(ORDER);
        return new ValidationReport(List.copyOf(sorted));
    }

    /** {@return all issues, sorted} */
    public List<Issue> issues() {
        return issues;
    }

    /** {@return whether any issue is an error: the curriculum fails validation} */
    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }

    public long count(Severity severity) {
        return issues.stream().filter(issue -> issue.getSeverity() == severity).count();
    }

    /** {@return the issues with the given code} */
    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(issue -> issue.getCode() == code).toList();
    }

    public Optional<Issue> first(IssueCode code) {
        return issues.stream().filter(issue -> issue.getCode() == code).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport that && issues.equals(that.issues);
    }

    @Override
    public int hashCode() {
        return issues.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        issues.forEach(issue -> text.append(issue).append('\n'));
        return text.append(count(Severity.ERROR)).append(" errors, ").append(count(Severity.WARNING))
                .append(" warnings").toString();
    }
}
