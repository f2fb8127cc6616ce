package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain [CODE]}: what a rule checks, its severity, and a failing and a fixed example. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Explains an issue code: what it checks, its default severity, and an example of a "
                + "failing and a fixed file.", "Without a code, lists every code."})
final class ExplainCommand implements Callable<Integer> {
    static final String FAILING = "--- failing";
    static final String FIXED = "--- fixed";
    private static final int WIDTH = 100;

    @Parameters(arity = "0..1", paramLabel = "CODE", converter = IssueCodes.CodeConverter.class,
            description = "An issue code, such as json.unknown-property.")
    @Nullable IssueCode code;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (code == null) {
            list(out);
        } else {
            out.print(explain(code));
        }
        out.flush();
        return 0;
    }

    private static void list(PrintWriter out) {
        int width = 0;
        for (IssueCode each : IssueCode.values()) {
            width = Math.max(width, each.code().length());
        }
        for (IssueCode each : IssueCode.values()) {
            out.printf("%-" + width + "s  %-7s  %s%n", each.code(), each.defaultSeverity().code(),
                    SarifReport.firstSentence(each.description()));
        }
    }

    static String explain(IssueCode code) {
        StringBuilder text = new StringBuilder()
                .append(code.code()).append(" (default severity: ").append(code.defaultSeverity().code()).append(")\n\n");
        wrap(code.description(), text);
        text.append("\nMessage: ").append(code.template().replace("''", "'")).append('\n');
        Optional<String[]> example = example(code);
        if (example.isPresent()) {
            text.append("\nFails:\n").append(indent(example.get()[0]))
                    .append("\nFixed:\n").append(indent(example.get()[1]));
        } else {
            text.append("\nNo example is available for this code yet.\n");
        }
        return text.toString();
    }

    /** The failing and the fixed snippet from {@code explain/<code>.txt}, if there is one. */
    static Optional<String[]> example(IssueCode code) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("explain/" + code.code() + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int failing = text.indexOf(FAILING + "\n");
            int fixed = text.indexOf(FIXED + "\n");
            if (failing < 0 || fixed < failing) {
                throw new IllegalStateException("Example for " + code.code() + " lacks its '" + FAILING + "' or '" + FIXED + "' line");
            }
            return Optional.of(new String[] {
                text.substring(failing + FAILING.length() + 1, fixed), text.substring(fixed + FIXED.length() + 1),
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indent(String snippet) {
        StringBuilder text = new StringBuilder();
        for (String line : snippet.strip().split("\n", -1)) {
            text.append(line.isEmpty() ? "" : "    " + line).append('\n');
        }
        return text.toString();
    }

    private static void wrap(String paragraph, StringBuilder text) {
        int column = 0;
        for (String word : paragraph.split(" ")) {
            if (column > 0 && column + 1 + word.length() > WIDTH) {
                text.append('\n');
                column = 0;
            } else if (column > 0) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        text.append('\n');
    }
}
