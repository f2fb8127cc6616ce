package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.lsp.CurriculumLanguageServer;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code lsp}: the validator as a language server for editors, over standard input and output. */
@Command(
        name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the language server: editors start it and talk to it over standard input and output.",
            "It reports what validate reports, with the same --ignore and --severity. See docs/editors.md."
        },
        footer = {"", "Exit codes: 0 after the editor's shutdown and exit, 1 if the editor went away without them."})
final class LspCommand implements Callable<Integer> {
    /** Held so the levels set on them are not lost when the loggers are collected. */
    private static final List<Logger> QUIET =
            List.of(Logger.getLogger("org.hibernate.validator"), Logger.getLogger("org.eclipse.lsp4j"));

    @Mixin
    IssueLevelOptions levels = new IssueLevelOptions();

    @ParentCommand
    CurriculumCli root;

    @Override
    public Integer call() {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        ValidationOptions options = ValidationOptions.builder()
                .addAllIgnored(levels.ignored)
                .putAllSeverityOverrides(levels.severities)
                .build();
        CurriculumLanguageServer server = CurriculumLanguageServer.create(options, ExplainCommand::explain);
        // Standard output carries the protocol alone: anything a library prints goes to standard error.
        System.setOut(System.err);
        return server.serve(root.terminal().stdin(), new FileOutputStream(FileDescriptor.out));
    }
}
