package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final Curriculum REFERENCE = ReferenceCurricula.fiveWeekProgram();

    @TempDir
    Path dir;

    @Test
    void render_weekAndLanguage_writesThatWeeksHandout() throws IOException {
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("render", "--week", "2", "--lang", "es", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Path page = out.resolve("week-2.es.html");
        assertThat(run.outLines()).containsExactly("Wrote " + page);
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(page);
        }
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"es\" dir=\"ltr\">");
        assertThat(html)
                .contains(REFERENCE
                        .getSchedule()
                        .week(2)
                        .orElseThrow()
                        .getTitle()
                        .get("es")
                        .orElseThrow());
        assertThat(html).contains("<svg class=\"bodymap\"");
    }

    @Test
    void render_noWeek_writesEveryWeekAndTheOverview() throws IOException {
        CliRun run = CliRun.run("render", "-o", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "Wrote " + dir.resolve("week-1.en.html"), "Wrote " + dir.resolve("week-2.en.html"),
                        "Wrote " + dir.resolve("week-3.en.html"), "Wrote " + dir.resolve("week-4.en.html"),
                        "Wrote " + dir.resolve("week-5.en.html"), "Wrote " + dir.resolve("overview.en.html"));
        assertThat(Files.readString(dir.resolve("overview.en.html"))).contains("Five weeks at a glance");
    }

    @Test
    void render_overviewOnLetter_writesOnlyTheOverviewForLetterPaper() throws IOException {
        CliRun run = CliRun.run("render", "--overview", "--paper", "letter", "-o", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Wrote " + dir.resolve("overview.en.html"));
        assertThat(Files.readString(dir.resolve("overview.en.html"))).contains("@page { size: letter; }");
    }

    @Test
    void render_curriculumFile_rendersThatCurriculum() throws IOException {
        Path file = Fixtures.write(dir, "sample.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run(
                "render",
                "--curriculum",
                file.toString(),
                "--week",
                "1",
                "-o",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("out/week-1.en.html"))).contains("<h1>Week 1: ");
    }

    @Test
    void render_curriculumWithErrors_exitsOneAndWritesNothing() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.danglingReference());

        CliRun run = CliRun.run(
                "render",
                "--curriculum",
                file.toString(),
                "-o",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot render '" + file + "': it has errors");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void render_unknownLanguageWeekOrPaper_isAUsageError() {
        CliRun language = CliRun.run("render", "--lang", "fr", "-o", dir.toString());
        CliRun week = CliRun.run("render", "--week", "6", "-o", dir.toString());
        CliRun paper = CliRun.run("render", "--paper", "a5", "-o", dir.toString());
        CliRun noOutput = CliRun.run("render", "--week", "1");

        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("--lang must be one of the curriculum's languages (en, es), but was 'fr'");
        assertThat(week.exitCode()).isEqualTo(2);
        assertThat(week.err()).contains("--week must be one of the schedule's weeks (1, 2, 3, 4, 5), but was 6");
        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).contains("--paper must be a4 or letter, but was 'a5'");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("Missing required option: '--output=DIR'");
    }

    @Test
    void render_missingCurriculumFile_isAUsageError() {
        CliRun run =
                CliRun.run("render", "--curriculum", dir.resolve("nope.json").toString(), "-o", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory").doesNotContain("Exception");
    }

    @Test
    void render_outputIsAFile_isAUsageErrorWithoutAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "");

        CliRun run = CliRun.run("render", "--week", "1", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("curriculum: cannot make the folder '" + file + "'")
                .doesNotContain("at dev.");
    }
}
