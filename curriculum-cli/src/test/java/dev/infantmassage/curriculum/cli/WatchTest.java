package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate --watch}, run as its own process on a scratch directory as an author runs it in a
 * terminal next to the editor: a saved edit brings a new report; a signal ends it. Combinations that
 * make no sense with a report printed again and again are refused with exit code 2.
 */
class WatchTest {
    /** Only how long to wait before giving up on a line that never comes, not a speed requirement. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dir;

    private @Nullable Process process;

    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void watch_editedFile_printsANewReport() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/week one"));
        Path file = Fixtures.write(content, "class.curriculum.json", Fixtures.VALID);

        start("validate", "--watch", dir.resolve("content").toString());

        assertThat(next(err, line -> line.startsWith("curriculum: watching "))).endsWith("(Ctrl-C to stop)");
        assertThat(next(out, line -> line.contains(" in 1 file"))).isEqualTo("0 errors, 0 warnings in 1 file");

        Files.writeString(file, Fixtures.unknownProperty(), StandardCharsets.UTF_8);

        assertThat(next(out, line -> line.contains("json.unknown-property")))
                .startsWith(file.toString() + ":")
                .contains("at /colour");
        assertThat(next(out, line -> line.contains(" in 1 file"))).isEqualTo("1 error, 0 warnings in 1 file");
    }

    @Test
    void watch_fileCreatedInANewSubdirectory_isChecked() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Fixtures.write(content, "class.curriculum.json", Fixtures.VALID);

        start("validate", "--watch", content.toString());
        assertThat(next(out, line -> line.contains(" in 1 file"))).isEqualTo("0 errors, 0 warnings in 1 file");

        Path week = Files.createDirectories(content.resolve("week2"));
        // Give the watcher the new directory before the file appears in it, as an editor's "new folder" does.
        assertThat(next(out, line -> line.contains(" in 1 file"))).isEqualTo("0 errors, 0 warnings in 1 file");
        Fixtures.write(week, "extra.curriculum.json", Fixtures.syntaxError());

        assertThat(next(out, line -> line.contains(" in 2 files"))).isEqualTo("1 error, 0 warnings in 2 files");
    }

    @Test
    void watch_terminated_endsWithoutAStackTrace() throws Exception {
        Path file = Fixtures.write(dir, "class.curriculum.json", Fixtures.VALID);
        start("validate", "--watch", file.toString());
        assertThat(next(out, line -> line.contains(" in 1 file"))).isEqualTo("0 errors, 0 warnings in 1 file");

        Process running = java.util.Objects.requireNonNull(process);
        running.destroy();

        assertThat(running.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<String> rest = new ArrayList<>();
        err.drainTo(rest);
        assertThat(rest).noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--watch                                  | --watch needs a file or directory to watch",
                "--watch -                                | --watch cannot watch standard input (-)",
                "--watch --write-baseline b.json .        | --watch cannot be combined with --write-baseline",
                "--watch --format sarif .                 | --watch prints the text report; it cannot be combined with --format sarif",
                "--watch --format json .                  | --format json",
                "--watch --format github .                | --format github",
                "--watch --format junit .                 | --format junit",
                "--watch --format gitlab .                | --format gitlab",
            })
    void watch_senselessCombination_isRefusedWithExitTwo(String arguments, String message) {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(List.of(arguments.trim().split(" +")));

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    private void start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CurriculumCli.class.getName()));
        command.addAll(List.of(args));
        Process started = new ProcessBuilder(command).directory(dir.toFile()).start();
        started.getOutputStream().close();
        process = started;
        pump(started.getInputStream(), out);
        pump(started.getErrorStream(), err);
    }

    private static void pump(java.io.InputStream stream, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line that matches, skipping the others; fails when none comes. */
    private static String next(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no such line within " + PATIENCE_SECONDS + " s");
    }
}
