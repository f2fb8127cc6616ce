package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code show [PATH]}: the five-week plan of a curriculum as readable text. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows the five-week plan of a curriculum, week by week: what is introduced and "
                    + "reviewed, techniques, topics, cues and home practice.",
            "Without a path, shows the built-in reference curriculum."
        })
final class ShowCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A curriculum file, or - for standard input.")
    @Nullable
    String path;

    @Option(
            names = "--language",
            paramLabel = "TAG",
            description = "The language of names and titles; default: the curriculum's default language.")
    @Nullable
    String language;

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CurriculumFiles.One one = CurriculumFiles.readOne(
                path, "show", "show", spec, root.terminal().stdin());
        if (one.loaded().isEmpty()) {
            return one.exitCode();
        }
        Input input = one.loaded().get().input();
        Curriculum curriculum = one.loaded().get().curriculum();
        ReadResult result = one.loaded().get().result();
        out.print(ScheduleText.render(curriculum, language));
        out.flush();
        long errors = result.report().count(Severity.ERROR);
        if (errors > 0) {
            err.println("curriculum: note: '" + input.name() + "' has " + ValidationRun.plural(errors, "error")
                    + "; 'curriculum validate " + input.name() + "' lists them");
        }
        return 0;
    }
}
