package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.CurriculumJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the published JSON Schema of curriculum files. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema of curriculum files, for editors and other tools.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = CurriculumJson.schema();
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        return 0;
    }
}
