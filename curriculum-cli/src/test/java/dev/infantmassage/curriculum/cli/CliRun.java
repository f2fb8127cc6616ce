package dev.infantmassage.curriculum.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line, in process, with captured output: what a test asserts on. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(String... args) {
        return withStdin(new byte[0], args);
    }

    static CliRun withStdin(byte[] stdin, String... args) {
        return in(Terminal.piped(new ByteArrayInputStream(stdin)), args);
    }

    static CliRun in(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CurriculumCli.commandLine(terminal, args)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun withStdin(String stdin, String... args) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
