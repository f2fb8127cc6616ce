package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * {@code format [--check|--write] PATH...}: canonical formatting. A file that cannot be read as a
 * curriculum is reported and never touched, because writing it back from what could be read would
 * lose content.
 */
@Command(
        name = "format",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Formats curriculum files canonically (two-space indent, the format's property order).",
            "Without --check or --write, prints the formatted file."
        },
        footer = {
            "",
            "Exit codes: 0 done (or nothing to change), 1 a file would change (--check) or could "
                    + "not be read as a curriculum, 2 bad command line or unreadable path, 3 unexpected failure."
        })
final class FormatCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    @Nullable
    Mode mode;

    static final class Mode {
        @Option(
                names = "--check",
                required = true,
                description = "List the files that are not formatted and exit with 1 if there are any.")
        boolean check;

        @Option(
                names = "--write",
                required = true,
                description = "Rewrite the files that are not formatted, each atomically.")
        boolean write;
    }

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "A file, a directory (searched recursively for *" + Inputs.SUFFIX
                    + " files) or - for standard input (not with --write).")
    List<String> paths = new ArrayList<>();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean check = mode != null && mode.check;
        boolean write = mode != null && mode.write;
        if (write && paths.contains("-")) {
            throw new ParameterException(spec.commandLine(), "--write cannot rewrite standard input");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Expansion expansion = project.expand(paths, project.configs(spec));
        if (!check && !write && expansion.inputs().size() > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Printing takes one file, but the paths name "
                            + expansion.inputs().size() + "; use --check or --write");
        }
        expansion.problems().forEach(problem -> err.println("curriculum: " + problem));
        boolean unreadable = !expansion.problems().isEmpty();
        boolean unformattable = false;
        int changed = 0;
        List<Input> inputs = expansion.inputs();
        CurriculumFiles files = CurriculumFiles.create(
                ValidationOptions.defaults(), root.terminal().stdin());
        for (Input input : inputs) {
            try {
                byte[] original = files.bytes(input);
                ReadResult result = files.json().read(original, input.name());
                List<Issue> readingProblems = readingProblems(result);
                if (result.curriculum().isEmpty() || !readingProblems.isEmpty()) {
                    readingProblems.forEach(
                            issue -> err.println(TextReport.line(input.name(), issue, new Ansi(false))));
                    err.println("curriculum: not formatted: '" + input.name() + "' could not be read as a curriculum");
                    unformattable = true;
                    continue;
                }
                byte[] formatted = files.json().writeBytes(result.curriculum().get());
                if (check || write) {
                    if (!Arrays.equals(original, formatted)) {
                        changed++;
                        if (write) {
                            replace(input.file().orElseThrow(), formatted);
                        }
                        out.println(input.name());
                    }
                } else {
                    out.print(new String(formatted, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                err.println("curriculum: cannot " + (write ? "rewrite '" : "read '") + input.name() + "': "
                        + Inputs.describe(e));
                unreadable = true;
            }
        }
        out.flush();
        if (check && changed > 0) {
            err.println("curriculum: " + ValidationRun.plural(changed, "file") + " not formatted; "
                    + "'curriculum format --write' fixes " + (changed == 1 ? "it" : "them"));
        }
        err.flush();
        if (unreadable) {
            return CurriculumCli.EXIT_USAGE;
        }
        return unformattable || (check && changed > 0) ? CurriculumCli.EXIT_INVALID : 0;
    }

    /** Errors from reading the JSON itself: with any, the curriculum read may not hold everything the file says. */
    private static List<Issue> readingProblems(ReadResult result) {
        return result.report().issues().stream()
                .filter(issue -> issue.getSeverity() == Severity.ERROR
                        && issue.getCode().code().startsWith("json."))
                .toList();
    }

    /**
     * Replaces {@code file} atomically: the new content goes to a temporary file in the same directory,
     * which is then renamed over the old one, so a reader sees either the old or the new file, whole.
     * Through a symbolic link, the file it points to is replaced and the link kept.
     */
    static void replace(Path path, byte[] content) throws IOException {
        // A symbolic link stays a link: its target is replaced, in the target's directory.
        Path file = path.toRealPath();
        Path directory = file.getParent();
        Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
