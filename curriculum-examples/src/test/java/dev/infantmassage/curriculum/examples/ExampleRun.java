package dev.infantmassage.curriculum.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of an example's {@code run(PrintStream, String...)}, with what it printed. */
record ExampleRun(int status, String out) {
    interface Example {
        int run(PrintStream out, String... args);
    }

    static ExampleRun of(Example example, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            status = example.run(out, args);
        }
        return new ExampleRun(status, bytes.toString(StandardCharsets.UTF_8));
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
