package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.FileCheck;
import dev.infantmassage.curriculum.json.FixResult;
import dev.infantmassage.curriculum.json.ProjectConfig;
import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code fix [--dry-run|--check] PATH...}: makes the safe fixes (a misspelt property name with one
 * candidate, a code spelt in another case, the order of the weeks) as edits to each file's text, then
 * reports what is left as {@code validate} would. Suggestions, which could change what is taught, are
 * reported and never applied.
 */
@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Makes the safe fixes in curriculum files, then reports what is left as validate does.",
            "Safe fixes keep what the file says: a misspelt property name with one candidate, a code spelt in "
                    + "another case or with underscores, the weeks in the order of their numbers. Everything else "
                    + "in the file stays as written. Suggestions (another reference, anything about safety) are "
                    + "reported, never applied: 'curriculum explain CODE' says what each code's fix kind is."
        },
        footer = {
            "",
            "Exit codes: 0 no errors left (and with --check, nothing to fix), 1 errors left, a file to fix "
                    + "(--check), or a file that is not well-formed JSON, 2 bad command line or unreadable path, "
                    + "3 unexpected failure."
        })
final class FixCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    @Nullable
    Mode mode;

    static final class Mode {
        @Option(
                names = "--dry-run",
                required = true,
                description = "Show the fixes that would be made; change no file.")
        boolean dryRun;

        @Option(
                names = "--check",
                required = true,
                description = "Show the fixes that would be made, change no file, and exit with 1 if there are any.")
        boolean check;
    }

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "A file, a directory (searched recursively for *" + Inputs.SUFFIX
                    + " files) or - for standard input (the fixed file goes to standard output, the report to "
                    + "standard error).")
    List<String> paths = new ArrayList<>();

    @Mixin
    IssueLevelOptions levels = new IssueLevelOptions();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    ColourOption colours = new ColourOption();

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean write = mode == null;
        if (paths.contains("-") && paths.size() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) cannot be fixed with other paths");
        }
        boolean toStdout = paths.contains("-");
        PrintWriter err = spec.commandLine().getErr();
        // With standard input, standard output carries the fixed file, so the report goes to standard error.
        PrintWriter report = toStdout ? err : spec.commandLine().getOut();
        Terminal terminal = root.terminal();
        Ansi ansi = colours.ansi(terminal);

        Configs configs = project.configs(spec);
        Inputs.Expansion expansion = project.expand(paths, configs);
        List<String> unreadable = new ArrayList<>(expansion.problems());
        expansion.problems().forEach(problem -> err.println("curriculum: " + Escaping.line(problem)));
        CurriculumFiles files = CurriculumFiles.create(ValidationOptions.defaults(), terminal.stdin());
        LocalDate today = LocalDate.now();
        List<FileReport> left = new ArrayList<>();
        int fixes = 0;
        int fixedFiles = 0;
        for (Input input : expansion.inputs()) {
            ProjectConfig governing = configs.at(input);
            FileCheck how = FileCheck.of(
                    Configs.options(governing, input, Set.copyOf(levels.ignored), levels.severities),
                    Suppressions.of(input.file().map(governing::suppressionsFor).orElse(List.of()), today));
            try {
                byte[] bytes = files.bytes(input);
                CurriculumJson json = files.json(how.options());
                FixResult fixed = json.fix(bytes, input.name());
                for (FixResult.Fix fix : fixed.fixes()) {
                    report.println(TextReport.line(
                            input.name(),
                            fix.issue(),
                            ansi.severity(Severity.INFO, write ? "fixed:" : "would fix:"),
                            fix.description(),
                            ansi));
                }
                if (fixed.changed()) {
                    fixes += fixed.fixes().size();
                    fixedFiles++;
                    if (write && input.file().isPresent()) {
                        FormatCommand.replace(input.file().get(), fixed.fixed());
                    }
                }
                if (toStdout && write) {
                    writeStdout(fixed.fixed());
                }
                FileCheck.Result result = how.check(fixed.result(), fixed.fixed());
                left.add(FileReport.of(input.name(), result.reported(), result.read(), result.suppressed()));
            } catch (IOException e) {
                String problem = "cannot " + (write ? "fix '" : "read '") + input.name() + "': " + Inputs.describe(e);
                err.println("curriculum: " + Escaping.line(problem));
                unreadable.add(problem);
            } catch (OutOfMemoryError e) {
                throw new InsufficientMemory(input.name(), e);
            }
        }
        configs.problems().forEach(problem -> err.println("curriculum: " + Escaping.line(problem)));
        unreadable.addAll(configs.problems());
        configs.issues().forEach((file, issues) -> left.add(0, new FileReport(file, issues)));

        ValidationRun run = new ValidationRun(left, unreadable, 0);
        report.print(TextReport.render(run, ansi));
        report.flush();
        err.println("curriculum: " + summary(fixes, fixedFiles, write));
        err.flush();
        if (!unreadable.isEmpty()) {
            return CurriculumCli.EXIT_USAGE;
        }
        boolean toFix = mode != null && mode.check && fixes > 0;
        return toFix || run.count(Severity.ERROR) > 0 ? CurriculumCli.EXIT_INVALID : 0;
    }

    private String summary(int fixes, int fixedFiles, boolean write) {
        if (fixes == 0) {
            return "nothing to fix";
        }
        String counted =
                (fixes == 1 ? "1 safe fix" : fixes + " safe fixes") + " in " + ValidationRun.plural(fixedFiles, "file");
        if (write) {
            return "made " + counted;
        }
        return counted + " to make; 'curriculum fix' without --" + (mode != null && mode.check ? "check" : "dry-run")
                + " makes " + (fixes == 1 ? "it" : "them");
    }

    private void writeStdout(byte[] fixed) {
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        out.print(new String(fixed, StandardCharsets.UTF_8));
        out.flush();
    }
}
