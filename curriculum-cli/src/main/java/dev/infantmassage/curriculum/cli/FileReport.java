package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The issues found in one input, under the name the user knows it by: the path as given on the
 * command line, {@code <stdin>}, or the reference curriculum's resource name.
 *
 * <p>At most {@value #LIMIT} issues of a file are listed, the first ones in report order; when there
 * are more, a {@code report.truncated} issue says how many more, in every format. The counts (and so
 * the summary and the exit code) still cover every issue found.
 */
record FileReport(
        String file, List<Issue> issues, Map<Severity, Long> counts, List<Suppressions.Suppressed> suppressed) {
    /** The most issues listed per file. */
    static final int LIMIT = 1000;

    FileReport {
        issues = List.copyOf(issues);
        counts = Map.copyOf(counts);
        suppressed = List.copyOf(suppressed);
    }

    /** The report of {@code all} the issues of {@code file}, sorted, listing at most {@link #LIMIT}. */
    FileReport(String file, List<Issue> all) {
        this(file, all, List.of());
    }

    /** The report of {@code all} the issues of {@code file}, and of the findings suppressed (listed, never counted). */
    FileReport(String file, List<Issue> all, List<Suppressions.Suppressed> suppressed) {
        this(file, listed(file, all, 0), counts(all, Map.of()), capped(suppressed));
    }

    /**
     * The report of {@code listed}, the issues of {@code file} as {@code report} lists them (after the
     * options are applied), with the issues the report only counted.
     */
    static FileReport of(String file, List<Issue> listed, ValidationReport report) {
        return of(file, listed, report, List.of());
    }

    /** As {@link #of(String, List, ValidationReport)}, with the findings suppressed (listed, never counted). */
    static FileReport of(
            String file, List<Issue> listed, ValidationReport report, List<Suppressions.Suppressed> suppressed) {
        Map<Severity, Long> omitted = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            long shown = report.issues().stream()
                    .filter(issue -> issue.getSeverity() == severity)
                    .count();
            omitted.put(severity, report.count(severity) - shown);
        }
        return new FileReport(
                file, listed(file, listed, report.omitted()), counts(listed, omitted), capped(suppressed));
    }

    private static List<Suppressions.Suppressed> capped(List<Suppressions.Suppressed> suppressed) {
        return suppressed.size() <= LIMIT ? suppressed : suppressed.subList(0, LIMIT);
    }

    private static List<Issue> listed(String file, List<Issue> all, long omitted) {
        if (all.size() <= LIMIT && omitted == 0) {
            return all;
        }
        List<Issue> listed = new ArrayList<>(all.subList(0, Math.min(LIMIT, all.size())));
        long more = all.size() - listed.size() + omitted;
        listed.add(Issue.of(IssueCode.REPORT_TRUNCATED, IssueLocation.root(), more, LIMIT)
                .inFile(file));
        return listed;
    }

    private static Map<Severity, Long> counts(List<Issue> all, Map<Severity, Long> omitted) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, omitted.getOrDefault(severity, 0L));
        }
        all.forEach(issue -> counts.merge(issue.getSeverity(), 1L, Long::sum));
        return counts;
    }

    /** How many issues of {@code severity} the file has, listed or not. */
    long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }
}
