package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.json.internal.InDocumentSuppressions;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the findings an author has accepted out of a file's report: those a project config's
 * {@code suppressions} name (by file, code and exact JSON Pointer), and those an {@code x-suppress}
 * property of the document names (by code, for its object and everything below it). Each suppression
 * has a reason; one whose {@code expires} date has passed no longer suppresses and is reported as a
 * {@code suppression.expired} warning. A malformed {@code x-suppress} entry is a
 * {@code suppression.invalid} error. Codes that stop a file being read ({@link IssueCode#isAdjustable()}
 * false) and the {@code suppression.*} codes are never suppressed.
 *
 * <pre>{@code
 * ReadResult result = json.read(bytes, "week-1.curriculum.json");
 * Suppressions.Result applied = Suppressions.of(config.suppressionsFor(file), LocalDate.now())
 *         .apply(result.report().issues(), bytes, "week-1.curriculum.json");
 * applied.reported();     // what still counts
 * applied.suppressed();   // each accepted finding with its reason
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Suppressions {
    private final List<ProjectConfig.Suppression> fromConfig;
    private final LocalDate today;

    private Suppressions(List<ProjectConfig.Suppression> fromConfig, LocalDate today) {
        this.fromConfig = List.copyOf(fromConfig);
        this.today = today;
    }

    /**
     * {@return the config's suppressions of one file (and the document's own), judged on {@code today}}
     *
     * @param fromConfig the config's suppressions for the file, usually {@link
     *     ProjectConfig#suppressionsFor(java.nio.file.Path)}
     * @param today the day to judge expiry dates on
     */
    public static Suppressions of(List<ProjectConfig.Suppression> fromConfig, LocalDate today) {
        return new Suppressions(requireNonNull(fromConfig, "fromConfig"), requireNonNull(today, "today"));
    }

    /**
     * Where a suppression is written.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** In the document, with {@code x-suppress} (SARIF's {@code inSource}). */
        IN_SOURCE,
        /** In a project config's {@code suppressions} (SARIF's {@code external}). */
        EXTERNAL
    }

    /**
     * A finding left out of the report, with the suppression's reason and kind.
     *
     * @param issue the finding left out
     * @param kind where the suppression is written
     * @param reason why the finding is accepted, as the suppression says
     * @since 0.1.0
     */
    public record Suppressed(Issue issue, Kind kind, String reason) {}

    /**
     * The findings that still count (with any suppression problems), sorted as a report is, and those suppressed.
     *
     * @param reported the findings that still count, with any suppression problems, sorted as a report is
     * @param suppressed the findings left out
     * @since 0.1.0
     */
    public record Result(List<Issue> reported, List<Suppressed> suppressed) {
        /**
         * Copies the lists, so the result is immutable.
         *
         * @param reported the findings that still count
         * @param suppressed the findings left out
         */
        public Result {
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }

    /**
     * Applies the suppressions to the {@code issues} of one file.
     *
     * @param issues the findings of the file
     * @param document the file's bytes, searched for {@code x-suppress} properties
     * @param file the file's name, for the issues this adds
     * @return the findings that still count and those suppressed
     */
    public Result apply(List<Issue> issues, byte[] document, String file) {
        requireNonNull(issues, "issues");
        requireNonNull(document, "document");
        requireNonNull(file, "file");
        InDocumentSuppressions inDocument = InDocumentSuppressions.read(document, file);
        List<Issue> reported = new ArrayList<>(inDocument.problems());
        List<Suppressed> suppressed = new ArrayList<>();
        for (ProjectConfig.Suppression entry : fromConfig) {
            if (entry.isExpired(today)) {
                Optional<Issue> finding = issues.stream()
                        .filter(issue -> issue.getCode() == entry.code()
                                && issue.getLocation().toPointer().equals(entry.pointer()))
                        .findFirst();
                Issue expired = Issue.of(
                        IssueCode.SUPPRESSION_EXPIRED,
                        IssueLocation.parse(entry.pointer()),
                        entry.code().code(),
                        entry.pointer(),
                        entry.expires().orElseThrow(),
                        entry.source() + ":" + entry.line() + ":" + entry.column());
                reported.add(finding.flatMap(Issue::getLine)
                        .map(line -> expired.atPosition(
                                line, finding.get().getColumn().orElse(1)))
                        .orElse(expired)
                        .inFile(file));
            }
        }
        for (InDocumentSuppressions.Entry entry : inDocument.entries()) {
            if (entry.expires().map(today::isAfter).orElse(false)) {
                reported.add(Issue.of(
                                IssueCode.SUPPRESSION_EXPIRED,
                                entry.at(),
                                entry.code().code(),
                                entry.scope().toPointer(),
                                entry.expires().orElseThrow(),
                                "x-suppress")
                        .atPosition(entry.line(), entry.column())
                        .inFile(file));
            }
        }
        for (Issue issue : issues) {
            Optional<Suppressed> by = suppression(issue, inDocument);
            if (by.isPresent()) {
                suppressed.add(by.get());
            } else {
                reported.add(issue);
            }
        }
        return new Result(ValidationReport.of(reported).issues(), suppressed);
    }

    private Optional<Suppressed> suppression(Issue issue, InDocumentSuppressions inDocument) {
        IssueCode code = issue.getCode();
        if (!code.isAdjustable() || code == IssueCode.SUPPRESSION_EXPIRED) {
            return Optional.empty();
        }
        String pointer = issue.getLocation().toPointer();
        for (ProjectConfig.Suppression entry : fromConfig) {
            if (entry.code() == code && entry.pointer().equals(pointer) && !entry.isExpired(today)) {
                return Optional.of(new Suppressed(issue, Kind.EXTERNAL, entry.reason()));
            }
        }
        for (InDocumentSuppressions.Entry entry : inDocument.entries()) {
            if (entry.code() == code
                    && issue.getLocation().startsWith(entry.scope())
                    && !entry.expires().map(today::isAfter).orElse(false)) {
                return Optional.of(new Suppressed(issue, Kind.IN_SOURCE, entry.reason()));
            }
        }
        return Optional.empty();
    }
}
