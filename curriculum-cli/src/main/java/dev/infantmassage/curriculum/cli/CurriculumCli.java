package dev.infantmassage.curriculum.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code curriculum} command: validates, explains, shows, fixes and formats infant massage curriculum
 * files. Run {@code curriculum --help} for the commands and {@code docs/cli.md} for the details.
 *
 * <p>Exit codes: {@code 0} no errors, {@code 1} the content has errors, {@code 2} bad command line
 * or unreadable path, {@code 3} unexpected failure.
 */
@Command(
        name = "curriculum",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks, explains, shows, fixes and formats infant massage curriculum files.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {
            "",
            "Exit codes: 0 no errors, 1 errors in the content, 2 bad command line or unreadable path, "
                    + "3 unexpected failure."
        })
public final class CurriculumCli implements Callable<Integer> {
    /** The subcommands, in the order help lists them. A new command is one more line here. */
    private static final List<Class<?>> COMMANDS = List.of(
            ValidateCommand.class,
            InitCommand.class,
            ExplainCommand.class,
            PlanCommand.class,
            RenderCommand.class,
            SchemaCommand.class,
            ShowCommand.class,
            TranslationsCommand.class,
            FormatCommand.class,
            FixCommand.class,
            LspCommand.class,
            HelpCommand.class);

    /** Exit code for content with errors. */
    static final int EXIT_INVALID = 1;
    /** Exit code for a bad command line or a path that cannot be read. */
    static final int EXIT_USAGE = 2;
    /** Exit code for a failure that is the tool's fault. */
    static final int EXIT_FAILURE = 3;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace when the tool itself fails (exit code 3).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;

    private CurriculumCli(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command line, for example {@code validate my.curriculum.json}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            exitCode =
                    commandLine(Terminal.system(), args).setOut(out).setErr(err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("curriculum: " + InsufficientMemory.message(""));
            exitCode = EXIT_FAILURE;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** The configured command line with every subcommand; tests set their own output streams on it. */
    static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, new String[0]);
    }

    /**
     * The configured command line for {@code args}. Picocli reflects over every registered command
     * when the command line is built, which is a good part of the start-up time, so when {@code args}
     * name a subcommand only that one is registered; otherwise (help, usage errors) all are.
     */
    static CommandLine commandLine(Terminal terminal, String[] args) {
        CommandLine commandLine = new CommandLine(new CurriculumCli(terminal));
        String name = commandName(args);
        List<Class<?>> named = COMMANDS.stream()
                .filter(command -> command != HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(name))
                .toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            commandLine.addSubcommand(command);
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Picocli would read "@name" as a file of more arguments: "@/dev/zero" never returns, and a
        // curriculum named "@draft.curriculum.json" would be replaced by the text of another file.
        commandLine.setExpandAtFiles(false);
        commandLine.setParameterExceptionHandler(CurriculumCli::handleUsageError);
        commandLine.setExecutionExceptionHandler(CurriculumCli::handleFailure);
        commandLine.getCommandSpec().exitCodeOnExecutionException(EXIT_FAILURE);
        return commandLine;
    }

    /** The subcommand {@code args} name: their first argument that is not an option, or empty. */
    private static String commandName(String[] args) {
        return Arrays.stream(args)
                .filter(arg -> !arg.startsWith("-"))
                .findFirst()
                .orElse("");
    }

    Terminal terminal() {
        return terminal;
    }

    /** {@code curriculum} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    private static int handleUsageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("curriculum: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    private static int handleFailure(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InsufficientMemory) {
            err.println("curriculum: " + e.getMessage());
            if (isVerbose(parseResult)) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_FAILURE;
        }
        err.println("curriculum: unexpected failure: " + e);
        if (isVerbose(parseResult)) {
            e.printStackTrace(err);
        } else {
            err.println("This is a bug in the tool, not in your file. Run again with --verbose for the details.");
        }
        err.flush();
        return EXIT_FAILURE;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
