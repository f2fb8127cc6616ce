package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./curriculum} launcher through a symbolic link on the {@code PATH}, run from another
 * directory, as an author who linked it into {@code ~/bin} runs it. The launcher is copied with the
 * built jar into a scratch checkout layout ({@code curriculum}, {@code curriculum-cli/target/curriculum.jar}),
 * so the test never builds or touches this checkout. Skipped when there is no bash.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("../curriculum");
    private static final Path JAR = Path.of(System.getProperty("curriculum.jar", "target/curriculum.jar"));

    @TempDir
    Path dir;

    private Path checkout;
    private Path work;

    @BeforeEach
    void layOut() throws Exception {
        assumeTrue(bash() != null, "no bash on this machine: the launcher is a bash script");
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built (integration tests run after package)");
        checkout = Files.createDirectories(dir.resolve("opt/curriculum-checkout"));
        Files.copy(LAUNCHER, checkout.resolve("curriculum"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(checkout.resolve("curriculum-cli/target"));
        Path jar = Files.copy(JAR, checkout.resolve("curriculum-cli/target/curriculum.jar"));
        // A marker newer than the jar says "no class-data archive": the launcher then skips recording one,
        // which takes seconds and is not what these tests are about.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        Files.writeString(checkout.resolve("curriculum-cli/target/curriculum.jsa.none"), "");
        work = Files.createDirectories(dir.resolve("home/author/content"));
        Fixtures.write(work, "class.curriculum.json", Fixtures.VALID);
    }

    @Test
    void launcher_throughASymlinkOnThePath_runsFromAnyDirectory() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("home/author/bin"));
        Files.createSymbolicLink(bin.resolve("curriculum"), checkout.resolve("curriculum"));

        Result result = run(bin, "curriculum validate class.curriculum.json");

        assertThat(result.err()).doesNotContain("No such file");
        assertThat(result.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void launcher_throughAChainOfRelativeSymlinks_findsItsCheckout() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("home/author/bin"));
        Path links = Files.createDirectories(dir.resolve("home/author/links"));
        Files.createSymbolicLink(links.resolve("curriculum"), links.relativize(checkout.resolve("curriculum")));
        Files.createSymbolicLink(bin.resolve("curriculum"), Path.of("../links/curriculum"));

        Result result = run(bin, "curriculum validate missing.curriculum.json class.curriculum.json");

        assertThat(result.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(result.err()).contains("missing.curriculum.json").doesNotContain("mvnw");
        assertThat(result.exitCode()).isEqualTo(2);
    }

    record Result(int exitCode, String out, String err) {}

    /** Runs {@code command} with bash in the author's content folder, with {@code bin} first on the PATH. */
    private Result run(Path bin, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Objects.requireNonNull(bash()), "-c", command)
                .directory(work.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment()
                .put("PATH", bin + File.pathSeparator + builder.environment().getOrDefault("PATH", ""));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within two minutes")
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static @Nullable String bash() {
        for (String candidate :
                List.of("/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash", "/opt/homebrew/bin/bash")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
