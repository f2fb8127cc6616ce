package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Severity;
import java.util.List;

/**
 * Everything one {@code validate} run found: the reports of the inputs it could read, and the
 * inputs it could not read (missing or unreadable paths), which the formats that can carry them
 * report as tool notifications; and how many findings a baseline took out.
 */
record ValidationRun(List<FileReport> reports, List<String> unreadable, long baselined) {
    ValidationRun {
        reports = List.copyOf(reports);
        unreadable = List.copyOf(unreadable);
    }

    ValidationRun(List<FileReport> reports, List<String> unreadable) {
        this(reports, unreadable, 0);
    }

    static ValidationRun of(List<FileReport> reports) {
        return new ValidationRun(reports, List.of());
    }

    long count(Severity severity) {
        return reports.stream().mapToLong(report -> report.count(severity)).sum();
    }

    /** How many findings suppressions took out of the reports. */
    long suppressed() {
        return reports.stream().mapToLong(report -> report.suppressed().size()).sum();
    }

    /** {@code 2 errors, 1 warning in 3 files}, with infos and suppressed findings only when there are some. */
    String summary() {
        long infos = count(Severity.INFO);
        long suppressed = suppressed();
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning")
                + (infos > 0 ? ", " + plural(infos, "info") : "")
                + " in " + plural(reports.size(), "file")
                + (suppressed > 0 ? "; " + suppressed + " suppressed" : "")
                + (baselined > 0 ? "; " + baselined + " in the baseline" : "");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }
}
