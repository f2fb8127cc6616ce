package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.Baseline;
import dev.infantmassage.curriculum.json.FileCheck;
import dev.infantmassage.curriculum.json.PathPattern;
import dev.infantmassage.curriculum.json.ProjectConfig;
import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate [PATH...]}: reports every issue of every file in one run. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks curriculum files and reports every issue of every file.",
            "Without a path, checks the built-in reference curriculum."
        },
        footer = {
            "",
            "Exit codes: 0 no errors (warnings allowed), 1 errors (or too many warnings), "
                    + "2 bad command line or unreadable path, 3 unexpected failure."
        })
final class ValidateCommand implements Callable<Integer> {
    /** From this many files on, a terminal on standard error shows progress. */
    static final int PROGRESS_THRESHOLD = 20;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "A file (any name), a directory (searched recursively for *" + Inputs.SUFFIX
                    + " files) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = OutputFormat.Converter.class,
            description = "text (default), json, sarif, github, junit or gitlab.")
    OutputFormat format = OutputFormat.TEXT;

    @Mixin
    IssueLevelOptions levels = new IssueLevelOptions();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description =
                    "Fail only on findings this baseline does not record; report its entries that no longer occur.")
    @Nullable
    Path baseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description =
                    "Record the current findings in FILE (with --baseline: only those still in it, pruning the rest).")
    @Nullable
    Path writeBaseline;

    @Option(names = "--strict", description = "Fail (exit code 1) on warnings too.")
    boolean strict;

    @Option(
            names = "--max-warnings",
            paramLabel = "N",
            description = "Fail (exit code 1) when there are more than N warnings.")
    @Nullable
    Integer maxWarnings;

    @Mixin
    ColourOption colours = new ColourOption();

    @Option(
            names = "--watch",
            description = "Check again whenever a file under PATH changes, until interrupted (Ctrl-C).")
    boolean watch;

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        requireCodes("--ignore");
        requireCodes("--severity");
        if (maxWarnings != null && maxWarnings < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--max-warnings must not be negative, but was " + maxWarnings);
        }
        if (watch) {
            refuseWithWatch();
            return Watcher.watch(
                    paths.stream().map(Path::of).toList(), spec.commandLine().getErr(), this::checkOnce);
        }
        return checkOnce();
    }

    /** What --watch cannot be combined with: a report that is re-printed must be one a person reads. */
    private void refuseWithWatch() {
        String refusal = null;
        if (paths.isEmpty()) {
            refusal = "--watch needs a file or directory to watch";
        } else if (paths.contains("-")) {
            refusal = "--watch cannot watch standard input (-)";
        } else if (writeBaseline != null) {
            refusal = "--watch cannot be combined with --write-baseline";
        } else if (format != OutputFormat.TEXT) {
            refusal = "--watch prints the text report; it cannot be combined with --format " + format.code();
        }
        if (refusal != null) {
            throw new ParameterException(spec.commandLine(), refusal);
        }
    }

    /** One check of every input: prints the report and returns the exit code. */
    private int checkOnce() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = root.terminal();

        Configs configs = project.configs(spec);
        List<Input> inputs;
        List<String> unreadable = new ArrayList<>();
        if (paths.isEmpty()) {
            inputs = List.of(CurriculumFiles.reference());
        } else {
            Inputs.Expansion expansion = project.expand(paths, configs);
            inputs = expansion.inputs();
            unreadable.addAll(expansion.problems());
            expansion.problems().forEach(problem -> err.println("curriculum: " + Escaping.line(problem)));
        }
        List<FileCheck> options = new ArrayList<>(inputs.size());
        LocalDate today = LocalDate.now();
        for (Input input : inputs) {
            ProjectConfig governing = configs.at(input);
            List<ProjectConfig.Suppression> suppressions =
                    input.file().map(governing::suppressionsFor).orElse(List.of());
            options.add(FileCheck.of(
                    Configs.options(governing, input, Set.copyOf(levels.ignored), levels.severities),
                    Suppressions.of(suppressions, today)));
        }
        configs.problems().forEach(problem -> err.println("curriculum: " + Escaping.line(problem)));
        unreadable.addAll(configs.problems());

        List<FileReport> reports = new ArrayList<>(inputs.size());
        configs.issues().forEach((file, issues) -> reports.add(new FileReport(file, issues)));
        if (!inputs.isEmpty()) {
            CurriculumFiles files = CurriculumFiles.create(ValidationOptions.defaults(), terminal.stdin());
            Progress progress = new Progress(
                    err, terminal.stderrIsTerminal() && inputs.size() >= PROGRESS_THRESHOLD, inputs.size());
            List<Future<Checked>> checks = check(inputs, options, files);
            for (int i = 0; i < inputs.size(); i++) {
                progress.next(inputs.get(i).name());
                Checked checked = outcome(checks.get(i));
                if (checked.report() != null) {
                    reports.add(checked.report());
                } else {
                    unreadable.add(checked.problem());
                    progress.clear();
                    err.println("curriculum: " + Escaping.line(checked.problem()));
                }
            }
            progress.clear();
        }
        long baselined = 0;
        if (baseline != null || writeBaseline != null) {
            BaselineRun applied = applyBaseline(reports, err);
            reports.clear();
            reports.addAll(applied.reports());
            baselined = applied.known();
        }
        err.flush();

        ValidationRun run = new ValidationRun(reports, unreadable, baselined);
        out.print(
                switch (format) {
                    case TEXT ->
                        TextReport.render(run, colours.ansi(terminal))
                                + (paths.isEmpty() ? TextReport.builtInNotes(run) : "");
                    case JSON -> JsonReport.render(run);
                    case SARIF -> SarifReport.render(run, VersionProvider.version(), Path.of(""));
                    case GITHUB -> GithubReport.render(run, Path.of(""));
                    case JUNIT -> JunitReport.render(run, Path.of(""));
                    case GITLAB -> GitlabReport.render(run, Path.of(""));
                });
        out.flush();
        return exitCode(run, err);
    }

    /** A file's report, or why it could not be read. */
    private record Checked(
            @Nullable FileReport report, @Nullable String problem) {}

    /**
     * Reads and validates the inputs on every core, since the library is thread-safe; the caller takes
     * the results in input order, so the output does not depend on which file finished first. One
     * input runs on the calling thread: a single file gains nothing from a pool.
     */
    private static List<Future<Checked>> check(List<Input> inputs, List<FileCheck> options, CurriculumFiles files) {
        if (inputs.size() == 1) {
            CompletableFuture<Checked> only =
                    CompletableFuture.completedFuture(check(inputs.get(0), options.get(0), files));
            return List.of(only);
        }
        int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "curriculum-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Checked>> checks = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                FileCheck applied = options.get(i);
                checks.add(pool.submit(() -> check(input, applied, files)));
            }
            return checks;
        } finally {
            pool.shutdown();
        }
    }

    private static Checked check(Input input, FileCheck how, CurriculumFiles files) {
        try {
            byte[] bytes = files.bytes(input);
            FileCheck.Result result = how.check(files.json(how.options()), bytes, input.name());
            return new Checked(
                    FileReport.of(input.name(), result.reported(), result.read(), result.suppressed()), null);
        } catch (IOException e) {
            return new Checked(null, "cannot read '" + input.name() + "': " + Inputs.describe(e));
        } catch (OutOfMemoryError e) {
            throw new InsufficientMemory(input.name(), e);
        }
    }

    /** Waits for a check; a failure inside it is the tool's, so it surfaces as one (exit code 3). */
    private static Checked outcome(Future<Checked> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private int exitCode(ValidationRun run, PrintWriter err) {
        if (!run.unreadable().isEmpty()) {
            return CurriculumCli.EXIT_USAGE;
        }
        if (run.count(Severity.ERROR) > 0) {
            return CurriculumCli.EXIT_INVALID;
        }
        long warnings = run.count(Severity.WARNING);
        if (strict && warnings > 0) {
            err.println("curriculum: " + ValidationRun.plural(warnings, "warning") + " and --strict");
            return CurriculumCli.EXIT_INVALID;
        }
        if (maxWarnings != null && warnings > maxWarnings) {
            err.println("curriculum: " + ValidationRun.plural(warnings, "warning") + ", more than --max-warnings "
                    + maxWarnings + " allows");
            return CurriculumCli.EXIT_INVALID;
        }
        return 0;
    }

    /** The reports less the findings the baseline records, and how many it recorded. */
    private record BaselineRun(List<FileReport> reports, long known) {}

    /**
     * Reads {@code --baseline} and writes {@code --write-baseline}: the current findings, or with a
     * baseline only its entries that still occur (a ratchet: fixed findings leave it, new ones never
     * enter). Entries of the baseline read that match no finding are listed on standard error.
     */
    private BaselineRun applyBaseline(List<FileReport> reports, PrintWriter err) {
        Path base = (baseline != null ? baseline : writeBaseline)
                .toAbsolutePath()
                .normalize()
                .getParent();
        Map<String, List<Issue>> findings = new LinkedHashMap<>();
        Map<String, FileReport> byName = new LinkedHashMap<>();
        for (FileReport report : reports) {
            String name = baselineName(report.file(), base);
            findings.merge(
                    name,
                    report.issues().stream()
                            .filter(issue -> issue.getCode() != IssueCode.REPORT_TRUNCATED)
                            .toList(),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .toList());
            byName.put(report.file(), report);
        }
        Baseline given = null;
        if (baseline != null) {
            try {
                given = Baseline.read(baseline);
            } catch (UncheckedIOException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "cannot read baseline '" + baseline + "': " + Inputs.describe(e.getCause()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "not a baseline: " + e.getMessage());
            }
        }
        Baseline effective = given;
        List<Baseline.Entry> stale =
                given == null ? List.of() : given.compare(findings).stale();
        if (writeBaseline != null) {
            effective = given != null
                    ? given.without(stale)
                    : Baseline.of(findings.entrySet().stream()
                            .flatMap(
                                    file -> file.getValue().stream().map(issue -> Baseline.entry(file.getKey(), issue)))
                            .flatMap(Optional::stream)
                            .toList());
            try {
                Files.writeString(writeBaseline, effective.toJson());
            } catch (IOException e) {
                throw new ParameterException(
                        spec.commandLine(), "cannot write baseline '" + writeBaseline + "': " + Inputs.describe(e));
            }
            err.println("curriculum: wrote "
                    + ValidationRun.plural(effective.entries().size(), "finding") + " to "
                    + Escaping.line(writeBaseline.toString())
                    + (given != null && !stale.isEmpty() ? ", pruning " + stale.size() + " that no longer occur" : ""));
        } else {
            for (Baseline.Entry entry : stale) {
                err.println("curriculum: stale baseline entry (no longer found): " + Escaping.line(entry.file()) + " "
                        + entry.code() + (entry.pointer().isEmpty() ? "" : " at " + Escaping.line(entry.pointer()))
                        + "; --write-baseline prunes it");
            }
        }
        Baseline.Comparison comparison = effective.compare(findings);
        List<FileReport> fresh = new ArrayList<>();
        for (FileReport report : reports) {
            List<Issue> kept = comparison.fresh().get(baselineName(report.file(), base));
            fresh.add(
                    kept == null ? report : new FileReport(report.file(), filterOf(report, kept), report.suppressed()));
        }
        return new BaselineRun(fresh, comparison.known());
    }

    /** The issues of {@code report} that are among {@code kept}, in the report's order. */
    private static List<Issue> filterOf(FileReport report, List<Issue> kept) {
        java.util.Set<Issue> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(kept);
        return report.issues().stream().filter(wanted::contains).toList();
    }

    /** A report's file as the baseline names it: relative to the baseline's directory, with '/'; other inputs as named. */
    private static String baselineName(String file, @Nullable Path base) {
        if (base == null || file.equals(CurriculumFiles.REFERENCE_NAME) || file.startsWith("<")) {
            return file;
        }
        try {
            Path absolute = Path.of(file).toAbsolutePath().normalize();
            return PathPattern.slashed(base.relativize(absolute));
        } catch (IllegalArgumentException e) {
            return file;
        }
    }

    /** A usage error for an empty item in a comma-separated list, such as {@code --ignore ,}. */
    private void requireCodes(String option) {
        OptionSpec matched = spec.commandLine().getParseResult().matchedOption(option);
        if (matched == null) {
            return;
        }
        for (String value : matched.originalStringValues()) {
            for (String item : value.split(",", -1)) {
                if (item.isBlank()) {
                    throw new ParameterException(
                            spec.commandLine(), option + " must not have an empty item, but was '" + value + "'");
                }
            }
        }
    }

    /** A one-line counter on standard error, rewritten in place; silent unless enabled. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final int total;
        private int done;
        private int width;

        Progress(PrintWriter err, boolean enabled, int total) {
            this.err = err;
            this.enabled = enabled;
            this.total = total;
        }

        void next(String name) {
            if (enabled) {
                String line = "Checking " + (++done) + "/" + total + ": " + name;
                line = line.length() > 78 ? line.substring(0, 77) + "…" : line;
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
                err.flush();
            }
        }

        void clear() {
            if (enabled && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
