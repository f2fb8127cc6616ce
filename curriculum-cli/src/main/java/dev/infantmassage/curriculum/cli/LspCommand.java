package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.lsp.CurriculumLanguageServer;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(
            names = "--ignore",
            paramLabel = "CODE",
            split = ",",
            converter = IssueCodes.CodeConverter.class,
            description = "Do not report this issue code. Repeatable, or comma-separated.")
    List<IssueCode> ignored = new ArrayList<>();

    @Option(
            names = "--severity",
            paramLabel = "CODE=LEVEL",
            split = ",",
            converter = {IssueCodes.CodeConverter.class, IssueCodes.SeverityConverter.class},
            description = "Report CODE at LEVEL (error, warning or info). Repeatable, or comma-separated.")
    Map<IssueCode, Severity> severities = new LinkedHashMap<>();

    @ParentCommand
    CurriculumCli root;

    @Override
    public Integer call() {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        ValidationOptions options = ValidationOptions.builder()
                .addAllIgnored(ignored)
                .putAllSeverityOverrides(severities)
                .build();
        CurriculumLanguageServer server = CurriculumLanguageServer.create(options, ExplainCommand::explain);
        // Standard output carries the protocol alone: anything a library prints goes to standard error.
        System.setOut(System.err);
        return server.serve(root.terminal().stdin(), new FileOutputStream(FileDescriptor.out));
    }
}
