package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app with its own {@code module-info} ({@code src/it/module-app}), compiled with {@code -Werror} and
 * run with {@code java --module-path ... -m}, against the packaged jars: the published descriptors
 * bring everything the app needs, with no {@code --add-modules} and no {@code --add-opens}.
 */
class ModulePathIT {
    private static final String MODULE_PATH = readModulePath();
    private static final Path SOURCES = Path.of(System.getProperty("moduleAppSources", "src/it/module-app"));

    @TempDir
    Path classes;

    @Test
    void app_onTheModulePath_readsValidatesPlansAndRenders() throws IOException, InterruptedException {
        String diagnostics = compile();
        assertThat(diagnostics).isEmpty();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A Spanish-speaking machine: what the app asks for in English stays English.
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Duser.language=es",
                        "-Duser.country=ES",
                        "--module-path",
                        MODULE_PATH + File.pathSeparator + classes,
                        "-m",
                        "org.example.babyapp/org.example.babyapp.BabyApp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines)
                .filteredOn(line -> line.startsWith("legs left out: "))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("leave out the legs and feet until you have confirmed it has gone");
        assertThat(lines)
                .filteredOn(line -> !line.startsWith("legs left out: "))
                .containsExactly(
                        "module dev.infantmassage.curriculum.core, dev.infantmassage.curriculum.json",
                        "reference curriculum: no errors",
                        "broken.json: json.unknown-property at '/colour'",
                        "week 3 first stroke: resting-hands",
                        "week 3 has legs-indian-milking: false",
                        "yawning and hand-to-ear: stop-and-comfort",
                        "week 2 handout in Spanish: an HTML page",
                        "read through a Jackson mapper's modules: equal",
                        "advice through Jackson 2: \"stop-and-comfort\"",
                        "read through Jackson 2: equal");
    }

    @Test
    void modulePath_holdsNoTestOrProcessorJars() {
        assertThat(MODULE_PATH.split(File.pathSeparator))
                .noneMatch(jar -> jar.contains("junit") || jar.contains("assertj") || jar.contains("archunit"))
                .noneMatch(jar -> jar.contains("-tests.jar"))
                .noneMatch(jar -> jar.matches(".*/org/immutables/value/.*"));
    }

    /** Compiles the app as a consumer build would, all lint on and warnings as errors; returns what javac said. */
    private String compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of(
                "-Xlint:all", "-Werror", "--release", "17", "--module-path", MODULE_PATH, "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = javac.run(null, said, said, arguments.toArray(String[]::new));
        assertThat(status).as("javac: %s", said).isZero();
        return said.toString(StandardCharsets.UTF_8);
    }

    private static String readModulePath() {
        try {
            return Files.readString(Path.of(System.getProperty("modulePathFile", "target/module-path.txt")))
                    .strip();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The module path file is written by the build's pre-integration-test phase", e);
        }
    }
}
