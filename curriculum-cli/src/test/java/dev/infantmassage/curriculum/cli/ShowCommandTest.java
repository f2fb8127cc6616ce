package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
    @TempDir
    Path dir;

    @Test
    void show_noPath_showsTheReferenceCurriculumWeekByWeek() {
        Curriculum reference = ReferenceCurricula.fiveWeekProgram();

        CliRun run = CliRun.run("show");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0))
                .isEqualTo(reference.getTitle().get("en").orElseThrow() + " (" + reference.getId() + ")");
        assertThat(run.out()).containsSubsequence("Week 1: ", "Week 2: ", "Week 3: ", "Week 4: ", "Week 5: ");
        assertThat(run.out())
                .containsSubsequence(
                        "Week 1: ",
                        "  Introduced strokes:\n",
                        "    - "
                                + reference
                                        .stroke("resting-hands")
                                        .orElseThrow()
                                        .getName()
                                        .get("en")
                                        .orElseThrow() + "\n",
                        "    - "
                                + reference
                                        .stroke("legs-indian-milking")
                                        .orElseThrow()
                                        .getName()
                                        .get("en")
                                        .orElseThrow()
                                + "\n",
                        "  Techniques:\n",
                        "  Topics:\n",
                        "  Cues:\n",
                        "  Home practice: ");
        assertThat(run.out())
                .contains(
                        "  Reviewed strokes:\n",
                        "  Introduced routines:\n",
                        "    - "
                                + reference
                                        .routine("colic-relief")
                                        .orElseThrow()
                                        .getName()
                                        .get("en")
                                        .orElseThrow());
        assertThat(run.outLines()).allMatch(line -> line.length() <= 100);
    }

    @Test
    void show_language_usesThatLanguageWhereTranslated() {
        CliRun run = CliRun.run("show", "--language", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0))
                .startsWith(ReferenceCurricula.fiveWeekProgram()
                        .getTitle()
                        .get("es")
                        .orElseThrow());
    }

    @Test
    void show_spanish_headingsAreSpanishToo() {
        CliRun run = CliRun.run("show", "--language", "es");

        assertThat(run.outLines())
                .contains(
                        "Formato 1.0, idiomas en, es, 50 caricias, 2 rutinas, 6 técnicas, 43 señales",
                        "  Caricias nuevas:",
                        "  Técnicas:",
                        "  Temas:",
                        "  Señales:");
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("Semana 1: ") && line.endsWith(" minutos)"));
        assertThat(run.out())
                .doesNotContain("Week ", "strokes", "Introduced", "Reviewed", "Topics", "Home practice", " minutes");
    }

    @Test
    void show_file_withDanglingReference_showsItAndNotesTheErrors() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.danglingReference());

        CliRun run = CliRun.run("show", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("    - smilling (not in the catalogue)\n");
        assertThat(run.err()).contains("'" + file + "' has 1 error");
    }

    @Test
    void show_standardInput() {
        CliRun run = CliRun.withStdin(Fixtures.VALID, "show", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Week 5: ");
    }

    @Test
    void show_fileThatDoesNotParse_exitsOneWithTheIssues() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.syntaxError());

        CliRun run = CliRun.run("show", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[json.syntax]").doesNotContain("\tat ");
    }

    @Test
    void show_missingFile_exitsTwo() {
        CliRun run = CliRun.run("show", dir.resolve("gone.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    void show_directory_isAUsageError() {
        CliRun run = CliRun.run("show", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory");
    }
}
