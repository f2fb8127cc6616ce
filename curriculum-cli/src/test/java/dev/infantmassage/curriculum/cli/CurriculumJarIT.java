package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a real process with {@code java -jar}, as people who download a release run it. */
class CurriculumJarIT {
    private static final Path JAR = Path.of(System.getProperty("curriculum.jar", "target/curriculum.jar"));

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    private Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
        return runWith(List.of(), stdin, args);
    }

    private Result runWith(List<String> jvmOptions, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        // A POSIX locale makes Java 17's default charset ASCII: the output must be UTF-8 regardless.
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("LANG");
        Process process = builder.start();
        process.getOutputStream().write(stdin);
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("finished within a minute")
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void jar_validatesASmallFile() throws Exception {
        Path small = Fixtures.write(dir, "small.curriculum.json", Fixtures.VALID);

        Result result = run(new byte[0], "validate", small.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(result.err())
                .as("no Hibernate Validator start-up log, nothing else")
                .isEmpty();
    }

    /** A valid curriculum of about 10 MB: the sample plus many citations. */
    private Path tenMegabytes() throws IOException {
        tools.jackson.databind.json.JsonMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode curriculum =
                (tools.jackson.databind.node.ObjectNode) mapper.readTree(Fixtures.VALID);
        tools.jackson.databind.node.ArrayNode sources =
                (tools.jackson.databind.node.ArrayNode) curriculum.get("sources");
        for (int i = 0; i < 130_000; i++) {
            sources.addObject()
                    .put("id", "extra-" + i)
                    .put("title", "An extra work cited to make the file large, number " + i);
        }
        return Files.writeString(
                dir.resolve("large.curriculum.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(curriculum));
    }

    @Test
    void jar_outOfMemory_exitsThreeWithOneLine() throws Exception {
        Path large = tenMegabytes();
        assertThat(Files.size(large)).isGreaterThan(10_000_000L).isLessThan(16L * 1024 * 1024);

        Result result = runWith(List.of("-Xmx40m", "-XX:+UseSerialGC"), new byte[0], "validate", large.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("curriculum: out of memory while checking '" + large + "' with a heap of ")
                .contains("CURRICULUM_JAVA_OPTS=-Xmx256m");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void jar_largeValidFileWithTheDocumentedHeap_validates() throws Exception {
        Path large = tenMegabytes();

        Result result = runWith(List.of("-Xmx256m", "-XX:+UseSerialGC"), new byte[0], "validate", large.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void jar_planAndShow_printNoLogLines() throws Exception {
        assertThat(run(new byte[0], "plan", "--week", "2", "--age-weeks", "10").err())
                .isEmpty();
        assertThat(run(new byte[0], "show").err()).isEmpty();
    }

    @Test
    void jar_validatesTheReferenceCurriculumByDefault() throws Exception {
        Result result = run(new byte[0], "validate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .matches("(?s)(built-in:five-week-program:.*\n)*0 errors, \\d+ warnings? in 1 file\n(note: .*\n)+");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void jar_writesUtf8EvenInAPosixLocale() throws Exception {
        Result result = run(new byte[0], "show", "--language", "es");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(ReferenceCurricula.fiveWeekProgram()
                        .getTitle()
                        .get("es")
                        .orElseThrow());
    }

    @Test
    void jar_readsStandardInput() throws Exception {
        Result result = run(
                Fixtures.danglingReference().getBytes(StandardCharsets.UTF_8), "validate", "--format", "github", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("::error file=<stdin>,");
    }

    @Test
    void jar_badFlag_exitsTwoWithoutStackTrace() throws Exception {
        Result result = run(new byte[0], "validate", "--frmat", "json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--frmat'").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void jar_version() throws Exception {
        Result result = run(new byte[0], "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("curriculum ");
    }

    @Test
    void jar_missingFile_exitsTwo() throws Exception {
        Result result =
                run(new byte[0], "validate", dir.resolve("gone.curriculum.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file or directory").doesNotContain("Exception");
    }
}
