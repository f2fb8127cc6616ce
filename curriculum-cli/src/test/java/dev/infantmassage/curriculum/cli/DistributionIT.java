package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user on a machine without the source meets it: unpacked into a folder with
 * a space in its name, far from this checkout, its {@code bin/curriculum} is run directly, through a
 * link on the {@code PATH}, from another directory, with and without {@code JAVA_HOME}.
 */
class DistributionIT {
    private static final Path TAR = Path.of(System.getProperty("curriculum.dist", "target/missing.tar.gz"));
    private static final String VERSION_LINE = "curriculum " + System.getProperty("project.version", "");

    @TempDir
    Path dir;

    private Path home;
    private Path work;

    @BeforeEach
    void unpack() throws Exception {
        assumeTrue(Files.isRegularFile(TAR), "the release archive is built (integration tests run after package)");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the launcher is a POSIX shell script");
        Path install = Files.createDirectories(dir.resolve("opt/my tools"));
        Result untar = run(install, Map.of(), "tar", "xzf", TAR.toAbsolutePath().toString());
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        try (var entries = Files.list(install)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        work = Files.createDirectories(dir.resolve("home/author/my content"));
        Fixtures.write(work, "class.curriculum.json", Fixtures.VALID);
        Files.writeString(work.resolve("broken.curriculum.json"), "{\"formatVersion\": \"1.0\", \"colour\": 1}");
    }

    @Test
    void archive_holdsAnExecutableLauncher_theJar_andTheDocs() {
        assertThat(home.getFileName().toString()).startsWith("curriculum-");
        assertThat(home.resolve("bin/curriculum")).isExecutable();
        assertThat(home.resolve("bin/curriculum.cmd")).isRegularFile();
        assertThat(home.resolve("lib/curriculum.jar")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("docs/cli.md")).isRegularFile();
    }

    @Test
    void zipArchive_holdsTheSameFiles_withAWindowsLauncher() throws Exception {
        Path zip = Path.of(TAR.toString().replaceFirst("\\.tar\\.gz$", ".zip"));
        List<String> names = new ArrayList<>();
        String cmd;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            archive.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> !name.endsWith("/"))
                    .forEach(names::add);
            ZipEntry launcher = archive.getEntry(home.getFileName() + "/bin/curriculum.cmd");
            cmd = new String(archive.getInputStream(launcher).readAllBytes(), StandardCharsets.UTF_8);
        }
        String root = home.getFileName() + "/";
        assertThat(names)
                .containsExactlyInAnyOrder(
                        root + "bin/curriculum",
                        root + "bin/curriculum.cmd",
                        root + "lib/curriculum.jar",
                        root + "README.md",
                        root + "docs/cli.md");
        assertThat(cmd).contains("\r\n").contains("lib\\curriculum.jar").contains("%*");
    }

    @Test
    void version_runsFromAnotherDirectory() throws Exception {
        Result result = run(work, javaHome(), home.resolve("bin/curriculum").toString(), "--version");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith(VERSION_LINE);
    }

    @Test
    void validate_throughALinkOnThePath_withoutJavaHome_checksTheBuiltInAndTheAuthorsFiles() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("home/author/bin"));
        Files.createSymbolicLink(bin.resolve("curriculum"), home.resolve("bin/curriculum"));
        String path = bin + File.pathSeparator + javaBin() + File.pathSeparator + "/usr/bin:/bin";
        Map<String, String> environment = Map.of("PATH", path, "JAVA_HOME", "");

        Result builtIn = run(work, environment, "/bin/sh", "-c", "curriculum validate");
        Result own = run(work, environment, "/bin/sh", "-c", "curriculum validate class.curriculum.json");
        Result broken = run(work, environment, "/bin/sh", "-c", "curriculum validate broken.curriculum.json");

        assertThat(builtIn.out()).startsWith("0 errors, 0 warnings in 1 file\n");
        assertThat(builtIn.exitCode()).isZero();
        assertThat(own.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(own.exitCode()).isZero();
        assertThat(broken.out())
                .contains("broken.curriculum.json:1:26: error: Property 'colour' is not allowed")
                .contains("[json.unknown-property]");
        assertThat(broken.exitCode()).isEqualTo(1);
    }

    @Test
    void validate_ofAMissingFile_exitsTwo_andSaysWhich() throws Exception {
        Result result = run(work, javaHome(), home.resolve("bin/curriculum").toString(), "validate", "nowhere.json");

        assertThat(result.err()).contains("nowhere.json");
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void launcher_withAJavaHomeThatHasNoJava_saysSo_andExitsThree() throws Exception {
        Map<String, String> environment =
                Map.of("JAVA_HOME", dir.resolve("no java here").toString());

        Result result = run(work, environment, home.resolve("bin/curriculum").toString(), "--version");

        assertThat(result.err()).contains("JAVA_HOME").contains("no java here").contains("Java 17");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    record Result(int exitCode, String out, String err) {}

    private static Map<String, String> javaHome() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin").toString();
    }

    /** Runs {@code command} in {@code directory}; an empty value in {@code environment} removes that variable. */
    private Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within two minutes")
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
