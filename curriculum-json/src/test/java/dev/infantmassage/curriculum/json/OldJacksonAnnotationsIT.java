package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar next to an older {@code jackson-annotations} than Jackson 3 needs, as in a Jackson 2
 * app or under Spring Boot 3's BOM (2.19), and with none at all: making {@link CurriculumModule} fails
 * with one sentence naming both versions; {@link CurriculumJson} keeps working.
 */
class OldJacksonAnnotationsIT {
    private static final Path RUNTIME_CLASS_PATH =
            Path.of(System.getProperty("runtimeClassPathFile", "target/runtime-class-path.txt"));
    private static final Path JAR = Path.of(System.getProperty("curriculumJsonJar", "target/curriculum-json.jar"));
    private static final Path OLD_ANNOTATIONS =
            Path.of(System.getProperty("oldAnnotationsJar", "target/old-jackson/jackson-annotations-2.19.2.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("testClasses", "target/test-classes"));

    @Test
    void oldAnnotations_moduleSaysWhichVersionIsNeeded_facadeWorks() throws IOException, InterruptedException {
        List<String> lines = run(OLD_ANNOTATIONS.toString());

        assertThat(lines)
                .containsExactly(
                        "module: java.lang.IllegalStateException: Jackson 3.2.4 needs com.fasterxml.jackson.core:jackson-annotations"
                                + " 2.21 or newer, but version '2.19.2' is on the class path; set jackson-annotations to 2.21 or"
                                + " newer in your dependency management (with Spring Boot 3, the jackson-bom.version property),"
                                + " or read and write through CurriculumJson, which does not need it",
                        "facade read: no errors",
                        "facade round trip: equal");
    }

    @Test
    void noAnnotations_moduleSaysSo_facadeWorks() throws IOException, InterruptedException {
        List<String> lines = run();

        assertThat(lines)
                .first()
                .asString()
                .startsWith(
                        "module: java.lang.IllegalStateException: Jackson 3.2.4 needs com.fasterxml.jackson.core:jackson-annotations 2.21 or newer, but none is on the class path;");
        assertThat(lines).containsSubsequence("facade read: no errors", "facade round trip: equal");
    }

    @Test
    void currentAnnotations_moduleIsMade() throws IOException, InterruptedException {
        List<String> lines = run(annotationsJar());

        assertThat(lines).containsExactly("module: made", "facade read: no errors", "facade round trip: equal");
    }

    private static String annotationsJar() throws IOException {
        return runtimeClassPath().stream()
                .filter(OldJacksonAnnotationsIT::isAnnotations)
                .findFirst()
                .orElseThrow();
    }

    private static boolean isAnnotations(String entry) {
        return Path.of(entry).getFileName().toString().startsWith("jackson-annotations-");
    }

    private static List<String> runtimeClassPath() throws IOException {
        return Arrays.asList(Files.readString(RUNTIME_CLASS_PATH).strip().split(File.pathSeparator));
    }

    /** Runs {@link OldAnnotationsApp} on the jar, its runtime dependencies without jackson-annotations, and {@code extra}. */
    private static List<String> run(String... extra) throws IOException, InterruptedException {
        String classPath = Stream.of(
                        Stream.of(JAR.toString(), TEST_CLASSES.toString()),
                        runtimeClassPath().stream().filter(entry -> !isAnnotations(entry)),
                        Stream.of(extra))
                .flatMap(entries -> entries)
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        OldAnnotationsApp.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
