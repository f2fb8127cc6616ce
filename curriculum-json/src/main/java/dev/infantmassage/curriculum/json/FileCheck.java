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
 */
public final class FileCheck {
    private final ValidationOptions options;
    private final Suppressions suppressions;

    private FileCheck(ValidationOptions options, Suppressions suppressions) {
        this.options = options;
        this.suppressions = suppressions;
    }

    /** Judges with {@code options} and {@code suppressions}. */
    public static FileCheck of(ValidationOptions options, Suppressions suppressions) {
        return new FileCheck(requireNonNull(options, "options"), requireNonNull(suppressions, "suppressions"));
    }

    /** Judges {@code file} as {@code config} says, with {@code stronger} options over the config's, on {@code today}. */
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

    /** A file's findings: the reader's report, what still counts, and what was suppressed. */
    public record Result(ValidationReport read, List<Issue> reported, List<Suppressions.Suppressed> suppressed) {
        public Result {
            requireNonNull(read, "read");
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }

    /** Reads {@code bytes} with {@code json}, then takes out the suppressed findings. */
    public Result check(CurriculumJson json, byte[] bytes, String sourceName) {
        ReadResult read = json.read(bytes, sourceName);
        Suppressions.Result result = suppressions.apply(read.report().issues(), bytes, sourceName);
        // What the suppressions add (an expired entry) is judged by the file's options too.
        List<Issue> reported = result.reported().stream()
                .map(options::apply)
                .flatMap(Optional::stream)
                .toList();
        return new Result(read.report(), reported, result.suppressed());
    }
}
