package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
    @TempDir
    Path dir;

    @Test
    void format_print_writesTheCanonicalFileToStandardOutput() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.unformatted());

        CliRun run = CliRun.run("format", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Fixtures.VALID);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void format_printStandardInput() {
        CliRun run = CliRun.withStdin(Fixtures.unformatted(), "format", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Fixtures.VALID);
    }

    @Test
    void format_check_canonicalFile_exitsZeroSilently() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run("format", "--check", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void format_check_listsFilesThatWouldChangeAndExitsOne() throws IOException {
        Path canonical = Fixtures.write(dir, "a.curriculum.json", Fixtures.VALID);
        Path unformatted = Fixtures.write(dir, "b.curriculum.json", Fixtures.unformatted());

        CliRun run = CliRun.run("format", "--check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(unformatted.toString());
        assertThat(run.err()).contains("1 file not formatted");
        assertThat(Files.readString(unformatted)).isEqualTo(Fixtures.unformatted());
        assertThat(Files.readString(canonical)).isEqualTo(Fixtures.VALID);
    }

    @Test
    void format_write_replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.unformatted());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        CliRun run = CliRun.run("format", "--write", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(file.toString());
        assertThat(Files.readString(file)).isEqualTo(Fixtures.VALID);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_READ));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void format_write_canonicalFile_isNotRewritten() throws IOException {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.VALID);
        var before = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() - 60_000));
        var aged = Files.getLastModifiedTime(file);

        CliRun run = CliRun.run("format", "--write", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(aged);
    }

    @Test
    void format_write_neverTouchesAFileThatDoesNotParse() throws IOException {
        Path broken = Fixtures.write(dir, "broken.curriculum.json", Fixtures.syntaxError());
        Path unknown = Fixtures.write(dir, "unknown.curriculum.json", Fixtures.unknownProperty());
        Path fine = Fixtures.write(dir, "fine.curriculum.json", Fixtures.unformatted());

        CliRun run = CliRun.run("format", "--write", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(broken)).isEqualTo(Fixtures.syntaxError());
        assertThat(Files.readString(unknown)).isEqualTo(Fixtures.unknownProperty());
        assertThat(Files.readString(fine)).isEqualTo(Fixtures.VALID);
        assertThat(run.err())
                .contains(
                        "[json.syntax]",
                        "[json.unknown-property]",
                        "not formatted: '" + broken + "' could not be read as a curriculum");
        assertThat(run.outLines()).containsExactly(fine.toString());
    }

    @Test
    void format_contentErrorsThatStillParse_areFormatted() {
        Path file = Fixtures.write(
                dir, "x.curriculum.json", Fixtures.danglingReference().replace("\n", "\n  "));

        CliRun run = CliRun.run("format", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Fixtures.danglingReference());
    }

    @Test
    void format_missingFile_exitsTwo() {
        CliRun run = CliRun.run("format", "--check", dir.resolve("gone.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory").doesNotContain("\tat ");
    }

    @Test
    void format_writeStandardInput_isAUsageError() {
        assertThat(CliRun.run("format", "--write", "-").exitCode()).isEqualTo(2);
    }

    @Test
    void format_checkAndWrite_isAUsageError() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run("format", "--check", "--write", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void format_printSeveralFiles_isAUsageError() {
        Fixtures.write(dir, "a.curriculum.json", Fixtures.VALID);
        Fixtures.write(dir, "b.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run("format", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("use --check or --write");
    }

    @Test
    void format_noPath_isAUsageError() {
        assertThat(CliRun.run("format").exitCode()).isEqualTo(2);
    }

    @Test
    void replace_overwritesAtomically() throws IOException {
        Path file = Fixtures.write(dir, "x.json", "old");

        FormatCommand.replace(file, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("new");
    }
}
