package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The issues found in one validation, sorted by file, position or location, then severity.
 * Immutable and thread-safe.
 *
 * <p>A report lists every issue unless {@link ValidationOptions#getMaxIssues()} capped it: then it
 * lists the first ones found and counts the rest, so {@link #count(Severity)} and {@link #hasErrors()}
 * always cover every issue found, and {@link #omitted()} says how many are not listed.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
    private static final Comparator<Issue> ORDER = Comparator.comparing(
                    (Issue issue) -> issue.getFile().orElse(""))
            .thenComparing(issue -> issue.getLine().orElse(Integer.MAX_VALUE))
            .thenComparing(issue -> issue.getColumn().orElse(Integer.MAX_VALUE))
            .thenComparing(Issue::getLocation)
            .thenComparing(Issue::getSeverity)
            .thenComparing(Issue::getCode)
            .thenComparing(Issue::getMessage);

    private static final Severity[] SEVERITIES = Severity.values();
    private static final ValidationReport EMPTY = new ValidationReport(List.of(), new long[SEVERITIES.length]);

    private final List<Issue> issues;
    /** Issues found but not listed, by severity ordinal. */
    private final long[] omitted;

    private ValidationReport(List<Issue> issues, long[] omitted) {
        this.issues = issues;
        this.omitted = omitted;
    }

    /** {@return the report with no issue} */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * {@return a report listing all of {@code issues}}
     *
     * @param issues the issues found, in any order
     */
    public static ValidationReport of(Collection<Issue> issues) {
        return of(issues, Map.of());
    }

    /**
     * {@return a report listing {@code issues} and counting {@code omitted} more, by severity, that are not
     * listed}
     *
     * @param issues the issues found and listed, in any order
     * @param omitted how many issues of each severity were found but are not listed
     */
    public static ValidationReport of(Collection<Issue> issues, Map<Severity, Long> omitted) {
        requireNonNull(issues, "issues");
        requireNonNull(omitted, "omitted");
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(ORDER);
        long[] counts = new long[SEVERITIES.length];
        omitted.forEach((severity, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("Omitted count must not be negative, but was " + count);
            }
            counts[severity.ordinal()] += count;
        });
        return new ValidationReport(List.copyOf(sorted), counts);
    }

    /**
     * {@return this report listing at most its first {@code maxIssues} issues; the others are counted as
     * {@linkplain #omitted() omitted}} This report itself when it lists no more than that.
     *
     * @param maxIssues the most issues to list
     * @throws IllegalArgumentException if {@code maxIssues} is negative
     */
    public ValidationReport limitedTo(int maxIssues) {
        if (maxIssues < 0) {
            throw new IllegalArgumentException("Max issues must not be negative, but was " + maxIssues);
        }
        if (issues.size() <= maxIssues) {
            return this;
        }
        long[] counts = omitted.clone();
        for (Issue issue : issues.subList(maxIssues, issues.size())) {
            counts[issue.getSeverity().ordinal()]++;
        }
        return new ValidationReport(List.copyOf(issues.subList(0, maxIssues)), counts);
    }

    /** {@return the listed issues, sorted: all of them unless the report was capped} */
    public List<Issue> issues() {
        return issues;
    }

    /** {@return whether any issue, listed or not, is an error: the curriculum fails validation} */
    public boolean hasErrors() {
        return omitted[Severity.ERROR.ordinal()] > 0 || issues.stream().anyMatch(Issue::isError);
    }

    /** {@return whether no issue was found} */
    public boolean isEmpty() {
        return issues.isEmpty() && omitted() == 0;
    }

    /**
     * {@return how many issues of {@code severity} were found, listed or not}
     *
     * @param severity the severity to count
     */
    public long count(Severity severity) {
        return omitted[severity.ordinal()]
                + issues.stream()
                        .filter(issue -> issue.getSeverity() == severity)
                        .count();
    }

    /** {@return how many issues were found but are not listed, because the report was capped; usually 0} */
    public long omitted() {
        return Arrays.stream(omitted).sum();
    }

    /**
     * {@return the listed issues with the given code}
     *
     * @param code an issue code
     */
    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(issue -> issue.getCode() == code).toList();
    }

    /**
     * {@return the first listed issue with the given code, if any}
     *
     * @param code an issue code
     */
    public Optional<Issue> first(IssueCode code) {
        return issues.stream().filter(issue -> issue.getCode() == code).findFirst();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ValidationReport that
                && issues.equals(that.issues)
                && Arrays.equals(omitted, that.omitted);
    }

    @Override
    public int hashCode() {
        return 31 * issues.hashCode() + Arrays.hashCode(omitted);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        issues.forEach(issue -> text.append(issue).append('\n'));
        if (omitted() > 0) {
            text.append("and ").append(omitted()).append(" more issues not listed\n");
        }
        return text.append(count(Severity.ERROR))
                .append(" errors, ")
                .append(count(Severity.WARNING))
                .append(" warnings")
                .toString();
    }
}
