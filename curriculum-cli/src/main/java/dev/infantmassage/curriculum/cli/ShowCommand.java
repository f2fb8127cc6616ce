package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code show [PATH]}: the five-week plan of a curriculum as readable text. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Shows the five-week plan of a curriculum, week by week: what is introduced and "
                + "reviewed, techniques, topics, cues and home practice.",
            "Without a path, shows the built-in reference curriculum."})
final class ShowCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A curriculum file, or - for standard input.")
    @Nullable String path;

    @Option(names = "--language", paramLabel = "TAG",
            description = "The language of names and titles; default: the curriculum's default language.")
    @Nullable String language;

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Input input;
        if (path == null) {
            input = CurriculumFiles.reference();
        } else {
            if (Inputs.isDirectory(path)) {
                throw new ParameterException(spec.commandLine(), "show takes one file, but '" + path + "' is a directory");
            }
            Inputs.Expansion expansion = Inputs.expand(List.of(path));
            if (!expansion.problems().isEmpty()) {
                expansion.problems().forEach(problem -> err.println("curriculum: " + problem));
                return CurriculumCli.EXIT_USAGE;
            }
            input = expansion.inputs().get(0);
        }
        CurriculumFiles files = CurriculumFiles.create(ValidationOptions.defaults(), root.terminal().stdin());
        ReadResult result;
        try {
            result = files.read(input);
        } catch (IOException e) {
            err.println("curriculum: cannot read '" + input.name() + "': " + Inputs.describe(e));
            return CurriculumCli.EXIT_USAGE;
        }
        Optional<Curriculum> curriculum = result.curriculum();
        if (curriculum.isEmpty()) {
            FileReport report = FileReport.of(input.name(), files.issues(result), result.report());
            report.issues().forEach(issue -> err.println(TextReport.line(input.name(), issue, new Ansi(false))));
            err.println("curriculum: cannot show '" + input.name() + "': it could not be read");
            return CurriculumCli.EXIT_INVALID;
        }
        out.print(ScheduleText.render(curriculum.get(), language));
        out.flush();
        long errors = result.report().count(Severity.ERROR);
        if (errors > 0) {
            err.println("curriculum: note: '" + input.name() + "' has " + ValidationRun.plural(errors, "error")
                    + "; 'curriculum validate " + input.name() + "' lists them");
        }
        return 0;
    }
}
