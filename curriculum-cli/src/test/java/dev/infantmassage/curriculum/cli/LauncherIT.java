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

    @Test
    void launcher_onAJdk25_recordsAnAotCacheOnce_thenStartsWithIt_andIgnoresAnUnusableOne() throws Exception {
        Path jdk = jdkAtLeast(25);
        assumeTrue(jdk != null, "no JDK 25 or later under /usr/lib/jvm or in CURRICULUM_TEST_JDK25");
        Path target = checkout.resolve("curriculum-cli/target");

        Result first = runOn(jdk, "curriculum validate class.curriculum.json");
        List<Path> caches = aotCaches(target);

        assertThat(first.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(first.err()).isEmpty();
        assertThat(caches)
                .singleElement()
                .satisfies(cache -> assertThat(Files.size(cache)).isPositive());
        FileTime recorded = Files.getLastModifiedTime(caches.get(0));

        Result second = runOn(jdk, "curriculum validate class.curriculum.json");

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(caches.get(0))).isEqualTo(recorded);

        Files.write(caches.get(0), new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(caches.get(0), FileTime.from(Instant.now()));
        Result damaged = runOn(jdk, "curriculum validate class.curriculum.json");

        assertThat(damaged).isEqualTo(first);
    }

    @Test
    void launcher_onJava17_recordsNoAotCache() throws Exception {
        assumeTrue(Runtime.version().feature() < 25, "this JVM is itself 25 or later");
        Path bin = Files.createDirectories(dir.resolve("home/author/bin"));
        Files.createSymbolicLink(bin.resolve("curriculum"), checkout.resolve("curriculum"));

        run(bin, "curriculum validate class.curriculum.json");

        assertThat(aotCaches(checkout.resolve("curriculum-cli/target"))).isEmpty();
    }

    private Result runOn(Path jdk, String command) throws Exception {
        Path bin = dir.resolve("home/author/bin");
        if (!Files.exists(bin.resolve("curriculum"))) {
            Files.createDirectories(bin);
            Files.createSymbolicLink(bin.resolve("curriculum"), checkout.resolve("curriculum"));
        }
        return run(bin, command, jdk);
    }

    private static List<Path> aotCaches(Path target) throws Exception {
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".aot"))
                    .toList();
        }
    }

    /** A JDK of at least {@code feature}: CURRICULUM_TEST_JDK25, or one under /usr/lib/jvm. */
    private static @Nullable Path jdkAtLeast(int feature) throws Exception {
        String configured = System.getenv("CURRICULUM_TEST_JDK25");
        List<Path> candidates = new java.util.ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var homes = Files.list(jvms)) {
                homes.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                var version = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
                        .matcher(Files.readString(release));
                if (version.find() && Integer.parseInt(version.group(1)) >= feature) {
                    return home;
                }
            }
        }
        return null;
    }

    record Result(int exitCode, String out, String err) {}

    /** Runs {@code command} with bash in the author's content folder, with {@code bin} first on the PATH. */
    private Result run(Path bin, String command) throws Exception {
        return run(bin, command, Path.of(System.getProperty("java.home")));
    }

    private Result run(Path bin, String command, Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Objects.requireNonNull(bash()), "-c", command)
                .directory(work.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment()
                .put("PATH", bin + File.pathSeparator + builder.environment().getOrDefault("PATH", ""));
        builder.environment().put("JAVA_HOME", javaHome.toString());
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
