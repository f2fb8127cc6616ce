package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How one file is judged in a project: the options of its project config (with per-glob overrides and
 * any stronger ones, such as a command line's, over them) and its suppressions, in the config and in
 * the document's {@code x-suppress}. {@code curriculum validate} and the language server judge a file
 * through this one class, so they report the same findings for it.
 *
 * <pre>{@code
 * FileCheck check = FileCheck.of(config, file, ValidationOptions.defaults(), LocalDate.now());
 * CurriculumJson json = CurriculumJson.builder().validationOptions(check.options()).build();
 * FileCheck.Result result = check.check(json, Files.readAllBytes(file), "week-1.curriculum.json");
 * result.reported();   // what counts
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FileCheck {
    private final ValidationOptions options;
    private final Suppressions suppressions;

    private FileCheck(ValidationOptions options, Suppressions suppressions) {
        this.options = options;
        this.suppressions = suppressions;
    }

    /**
     * Judges with {@code options} and {@code suppressions}.
     *
     * @param options the options the file is read and judged with
     * @param suppressions the suppressions that apply to the file
     * @return the check
     */
    public static FileCheck of(ValidationOptions options, Suppressions suppressions) {
        return new FileCheck(requireNonNull(options, "options"), requireNonNull(suppressions, "suppressions"));
    }

    /**
     * Judges {@code file} as {@code config} says, with {@code stronger} options over the config's.
     *
     * @param config the project config that applies to the file
     * @param file the file, for the config's per-glob overrides and suppressions
     * @param stronger options that win over the config's, such as a command line's
     * @param today the date that suppressions' expiry dates are compared with
     * @return the check
     */
    public static FileCheck of(ProjectConfig config, Path file, ValidationOptions stronger, LocalDate today) {
        requireNonNull(config, "config");
        requireNonNull(file, "file");
        return of(
                config.optionsFor(file).overriddenBy(stronger),
                Suppressions.of(config.suppressionsFor(file), requireNonNull(today, "today")));
    }

    /** {@return the options the file is judged with; the facade passed to {@link #check} should read with them} */
    public ValidationOptions options() {
        return options;
    }

    /**
     * A file's findings: the reader's report, what still counts, and what was suppressed.
     *
     * @param read the reader's report, before suppressions
     * @param reported the findings that still count
     * @param suppressed the findings a suppression took out, with its reason
     * @since 0.1.0
     */
    public record Result(ValidationReport read, List<Issue> reported, List<Suppressions.Suppressed> suppressed) {
        /**
         * Copies the lists.
         *
         * @param read the reader's report, before suppressions
         * @param reported the findings that still count
         * @param suppressed the findings a suppression took out
         */
        public Result {
            requireNonNull(read, "read");
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }

    /**
     * Reads {@code bytes} with {@code json}, then takes out the suppressed findings.
     *
     * @param json the facade to read with, built with {@link #options()}
     * @param bytes the file's bytes
     * @param sourceName the name issues carry as their file
     * @return the findings
     */
    public Result check(CurriculumJson json, byte[] bytes, String sourceName) {
        return check(json.read(bytes, sourceName), bytes);
    }

    /**
     * Takes the suppressed findings out of what reading {@code bytes} found, for a caller that read them
     * already, such as {@link CurriculumJson#fix}'s result.
     *
     * @param read what reading {@code bytes} with a facade built with {@link #options()} found
     * @param bytes the bytes that were read, for the in-document suppressions
     * @return the findings
     */
    public Result check(ReadResult read, byte[] bytes) {
        String sourceName = read.source();
        Suppressions.Result result = suppressions.apply(read.report().issues(), bytes, sourceName);
        // What the suppressions add (an expired entry) is judged by the file's options too.
        List<Issue> reported = result.reported().stream()
                .map(options::apply)
                .flatMap(Optional::stream)
                .toList();
        return new Result(read.report(), reported, result.suppressed());
    }
}
