package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Misspelt references and syntax from other JSON dialects, as an author sees them. */
class DidYouMeanTest {
    @TempDir
    Path dir;

    @Test
    void validate_misspeltCue_suggestsTheCatalogueEntry() {
        Path file = Fixtures.write(dir, "a.curriculum.json", Fixtures.danglingReference());

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.outLines())
                .anyMatch(line -> line.endsWith(": error: Cue 'smilling' is not in the curriculum's catalogue; "
                        + "did you mean 'smiling'? [reference.unresolved] at /schedule/weeks/0/cues/1"));
    }

    @Test
    void validate_referenceFarFromAnyEntry_suggestsNothing() {
        Path file = Fixtures.write(
                dir, "a.curriculum.json", Fixtures.danglingReference().replace("\"smilling\"", "\"zzzzzzzz\""));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.outLines())
                .anyMatch(line ->
                        line.contains("Cue 'zzzzzzzz' is not in the curriculum's catalogue [reference.unresolved]"));
    }

    @Test
    void validate_misspeltRegion_suggestsTheCode() {
        Path file = Fixtures.write(
                dir,
                "a.curriculum.json",
                Fixtures.VALID.replaceFirst("\"region\": \"legs-and-feet\"", "\"region\": \"legs-and-fet\""));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.outLines())
                .anyMatch(line -> line.contains("but was 'legs-and-fet'; did you mean 'legs-and-feet'? "
                        + "[json.unknown-value] at /strokes/1/region"));
    }

    @Test
    void validate_misspeltImpliedContraindication_suggestsAnother() {
        Path file = Fixtures.write(
                dir,
                "a.curriculum.json",
                Fixtures.VALID.replaceFirst(
                        "\"id\": \"immunisation\",", "\"id\": \"immunisation\",\n      \"implies\": [ \"fevr\" ],"));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.outLines())
                .anyMatch(
                        line -> line.contains(
                                "Contraindication 'immunisation' implies 'fevr', which must be "
                                        + "another of the curriculum's contraindications; did you mean 'fever'? [contraindication.implies.unresolved]"));
    }

    @Test
    void validate_trailingComma_isReportedAtTheComma() {
        Path file = Fixtures.write(
                dir, "a.curriculum.json", Fixtures.VALID.replaceFirst("\"Test Author\"", "\"Test Author\","));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .first()
                .isEqualTo(file + ":9:18: error: Malformed JSON: trailing comma before ] (remove the comma) "
                        + "[json.syntax] at /authors");
    }
}
