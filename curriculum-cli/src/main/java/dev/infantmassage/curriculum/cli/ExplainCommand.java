package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.FixKind;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        description = {
            "Explains an issue code: what it checks, its default severity, what a fixing tool may do "
                    + "about it, and an example of a "
                    + "failing and a fixed file.",
            "Without a code, lists every code."
        })
final class ExplainCommand implements Callable<Integer> {
    static final String FAILING = "--- failing";
    static final String FIXED = "--- fixed";
    private static final int WIDTH = 100;

    @Parameters(
            arity = "0..1",
            paramLabel = "CODE",
            converter = IssueCodes.CodeConverter.class,
            description = "An issue code, such as json.unknown-property.")
    @Nullable
    IssueCode code;

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
            out.printf(
                    "%-" + width + "s  %-7s  %s%n",
                    each.code(),
                    each.defaultSeverity().code(),
                    SarifReport.firstSentence(each.description()));
        }
    }

    static String explain(IssueCode code) {
        StringBuilder text = new StringBuilder()
                .append(code.code())
                .append(" (default severity: ")
                .append(code.defaultSeverity().code())
                .append(", fix: ")
                .append(code.fixKind().code())
                .append(")\n\n");
        wrap(code.description(), text);
        text.append("\nMessage: ").append(code.template().replace("''", "'")).append('\n');
        text.append("Fix: ")
                .append(code.fixKind().code())
                .append(": ")
                .append(fixNote(code.fixKind()))
                .append('\n');
        Example example = example(code);
        if (example.withoutExample().isPresent()) {
            text.append('\n');
            wrap("No example: " + example.withoutExample().get(), text);
            return text.toString();
        }
        if (example.isEdit()) {
            text.append('\n');
            wrap(EDIT_NOTE, text);
        }
        text.append("\nFails")
                .append(example.failingEncoding()
                        .map(charset -> " (saved as " + charset + ")")
                        .orElse(""))
                .append(", reported at ")
                .append(example.issueAt().isEmpty() ? "the top of the file" : example.issueAt())
                .append(
                        example.alsoReported().isEmpty()
                                ? ""
                                : "; also reported: " + String.join(", ", example.alsoReported()))
                .append(":\n")
                .append(indent(example.failing()))
                .append("\nFixed:\n")
                .append(indent(example.fixed()));
        return text.toString();
    }

    /** What a tool that changes files may do about a code of this kind. */
    static String fixNote(FixKind kind) {
        return switch (kind) {
            case SAFE -> "'curriculum fix' makes the change when it is unambiguous, and shows it otherwise";
            case SUGGESTION -> "'curriculum fix' shows the change, and never makes it on its own";
            case NONE -> "there is no change to propose; the author decides";
        };
    }

    static final String EDIT_NOTE = "The examples change a small valid curriculum: under each 'at POINTER:' are the "
            + "value, or the members, put at that JSON Pointer; 'remove POINTER' takes that value out.";

    /**
     * One example file, {@code explain/<code>.txt}: optional header lines ({@code issue at: POINTER},
     * {@code also reported: CODE, CODE} for codes the failing edit cannot help raising too,
     * {@code failing encoding: CHARSET}, or {@code no example: REASON} alone), then a {@code --- failing}
     * and a {@code --- fixed} section. A section is either a whole document or edits: lines
     * {@code at POINTER:} followed by a JSON value or members, and {@code remove POINTER}.
     */
    record Example(
            String issueAt,
            List<String> alsoReported,
            Optional<String> failingEncoding,
            Optional<String> withoutExample,
            String failing,
            String fixed) {
        static final String ISSUE_AT = "issue at:";
        static final String ALSO_REPORTED = "also reported:";
        static final String FAILING_ENCODING = "failing encoding:";
        static final String NO_EXAMPLE = "no example:";

        boolean isEdit() {
            return isEdit(failing) || isEdit(fixed);
        }

        static boolean isEdit(String section) {
            String first = section.strip().lines().findFirst().orElse("");
            return first.startsWith("at ") || first.startsWith("remove ");
        }

        static Example parse(IssueCode code, String text) {
            int failing = text.indexOf(FAILING + "\n");
            String header = failing < 0 ? text : text.substring(0, failing);
            Optional<String> none = headerValue(header, NO_EXAMPLE);
            if (none.isPresent()) {
                return new Example("", List.of(), Optional.empty(), none, "", "");
            }
            int fixed = text.indexOf(FIXED + "\n");
            if (failing < 0 || fixed < failing) {
                throw new IllegalStateException(
                        "Example for " + code.code() + " lacks its '" + FAILING + "' or '" + FIXED + "' line");
            }
            String issueAt = headerValue(header, ISSUE_AT)
                    .orElseThrow(() -> new IllegalStateException(
                            "Example for " + code.code() + " lacks its '" + ISSUE_AT + "' line"));
            List<String> also = headerValue(header, ALSO_REPORTED)
                    .map(codes -> List.of(codes.split(",\\s*")))
                    .orElse(List.of());
            return new Example(
                    issueAt,
                    also,
                    headerValue(header, FAILING_ENCODING),
                    Optional.empty(),
                    text.substring(failing + FAILING.length() + 1, fixed),
                    text.substring(fixed + FIXED.length() + 1));
        }

        private static Optional<String> headerValue(String header, String name) {
            return header.lines()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(name.length()).strip())
                    .findFirst();
        }
    }

    /** The example from {@code explain/<code>.txt}. */
    static Example example(IssueCode code) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("explain/" + code.code() + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("No example file for " + code.code());
            }
            return Example.parse(code, new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
