package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curriculum fix} as an author meets it: a clean file broken the way authors break files, fixed
 * back to the clean file byte for byte when the change is safe, and left as written when it is not.
 */
class FixCommandTest {
    /** A misspelt top-level property name with one candidate, and a region code in capitals. */
    private static final String TYPOS = Fixtures.VALID
            .replaceFirst("\"title\":", "\"titel\":")
            .replaceFirst("\"region\": \"stomach\"", "\"region\": \"STOMACH\"");

    @TempDir
    Path dir;

    @Test
    void fix_makesTheSafeFixes_andReportsWhatIsLeft() throws IOException {
        Path file = Fixtures.write(dir, "x.curriculum.json", TYPOS);

        CliRun run = CliRun.run("fix", "--color", "never", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(Fixtures.VALID);
        assertThat(run.outLines())
                .containsExactly(
                        file + ":4:3: fixed: renamed property 'titel' to 'title' [json.unknown-property] at /titel",
                        file
                                + ":81:17: fixed: replaced 'STOMACH' with 'stomach' [json.unknown-value] at /strokes/3/region",
                        "0 errors, 0 warnings in 1 file");
        assertThat(run.err()).contains("made 2 safe fixes in 1 file");
    }

    @Test
    void fix_dryRun_showsTheFixes_andChangesNothing() throws IOException {
        Path file = Fixtures.write(dir, "x.curriculum.json", TYPOS);

        CliRun run = CliRun.run("fix", "--dry-run", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(TYPOS);
        assertThat(run.outLines())
                .filteredOn(line -> line.contains("would fix:"))
                .hasSize(2);
        assertThat(run.err()).contains("2 safe fixes in 1 file to make");
    }

    @Test
    void fix_check_exitsOneWhenThereIsSomethingToFix_andZeroWhenNot() throws IOException {
        Path broken = Fixtures.write(dir, "a.curriculum.json", TYPOS);
        Path clean = Fixtures.write(dir, "b.curriculum.json", Fixtures.VALID);

        CliRun withTypos = CliRun.run("fix", "--check", broken.toString());
        CliRun without = CliRun.run("fix", "--check", clean.toString());

        assertThat(withTypos.exitCode()).isEqualTo(1);
        assertThat(Files.readString(broken)).isEqualTo(TYPOS);
        assertThat(without.exitCode()).isZero();
        assertThat(without.err()).contains("nothing to fix");
    }

    @Test
    void fix_leavesSuggestions_andFailsOnTheErrorsLeft() throws IOException {
        String dangling = Fixtures.danglingReferenceIn(TYPOS);
        Path file = Fixtures.write(dir, "x.curriculum.json", dangling);

        CliRun run = CliRun.run("fix", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String fixed = Files.readString(file);
        assertThat(fixed).isEqualTo(Fixtures.danglingReference());
        assertThat(fixed).contains("\"smilling\"");
        assertThat(run.out())
                .contains("error: ")
                .contains("did you mean 'smiling'?")
                .contains("[reference.unresolved] at /schedule/weeks/0/cues/1")
                .contains("1 error, 0 warnings in 1 file");
    }

    @Test
    void fix_neverTouchesAFileThatIsNotWellFormedJson() throws IOException {
        String broken = Fixtures.syntaxError().replaceFirst("\"title\":", "\"titel\":");
        Path file = Fixtures.write(dir, "x.curriculum.json", broken);

        CliRun run = CliRun.run("fix", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(broken);
        assertThat(run.out()).contains("[json.syntax]").doesNotContain("fixed:");
        assertThat(run.err()).contains("nothing to fix");
    }

    @Test
    void fix_standardInput_writesTheFixedFileToStandardOutput_andTheReportToStandardError() {
        CliRun run = CliRun.withStdin(TYPOS, "fix", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Fixtures.VALID);
        assertThat(run.err())
                .contains("<stdin>:4:3: fixed: renamed property 'titel' to 'title'")
                .contains("made 2 safe fixes");
    }

    @Test
    void fix_directory_takesEachFileOnce_andHonoursExclude() throws IOException {
        Path kept = Fixtures.write(dir, "lessons/a.curriculum.json", TYPOS);
        Path excluded = Fixtures.write(dir, "drafts/b.curriculum.json", TYPOS);
        Path built = Fixtures.write(dir, "target/c.curriculum.json", TYPOS);

        CliRun run = CliRun.run(
                "fix", "--exclude", dir.relativize(dir.resolve("drafts")).toString(), dir.toString());

        assertThat(Files.readString(kept)).isEqualTo(Fixtures.VALID);
        assertThat(Files.readString(built)).isEqualTo(TYPOS);
        assertThat(Files.readString(excluded)).isEqualTo(TYPOS);
        assertThat(run.err()).contains("made 2 safe fixes in 1 file");
    }

    @Test
    void fix_keepsLineEnds() throws IOException {
        Path file = dir.resolve("x.curriculum.json");
        Files.write(file, TYPOS.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.run("fix", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(Fixtures.VALID.replace("\n", "\r\n"));
    }

    @Test
    void fix_ignoredCode_isNotFixed() throws IOException {
        Path file = Fixtures.write(dir, "x.curriculum.json", TYPOS);

        CliRun run = CliRun.run("fix", "--ignore", "json.unknown-value", file.toString());

        assertThat(Files.readString(file)).contains("\"STOMACH\"").doesNotContain("\"titel\"");
        assertThat(run.err()).contains("made 1 safe fix in 1 file");
    }

    @Test
    void fix_missingFile_isAUsageError() {
        CliRun run = CliRun.run("fix", dir.resolve("missing.curriculum.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.curriculum.json");
    }

    @Test
    void fix_dryRunAndCheck_cannotBeCombined() {
        CliRun run = CliRun.run("fix", "--dry-run", "--check", "x.curriculum.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }
}
