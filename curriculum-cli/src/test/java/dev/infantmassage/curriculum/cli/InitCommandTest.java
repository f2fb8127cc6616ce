package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code init} through the command line: what it writes validates with no errors and no warnings. */
class InitCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void init_writesAFileThatValidatesWithNoErrorsAndNoWarnings(String language) {
        Path file = dir.resolve("class.curriculum.json");

        CliRun init = CliRun.run("init", "--lang", language, file.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).isEqualTo("Wrote " + file + "\n");
        CliRun validate = CliRun.run("validate", "--strict", file.toString());
        assertThat(validate.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
        assertThat(validate.exitCode()).isZero();
        CliRun strict = CliRun.run("validate", "--format", "json", file.toString());
        assertThat(strict.out()).doesNotContain("\"severity\"");
    }

    @Test
    void init_lang_writesTextsInThatLanguageOnly() throws Exception {
        Path file = dir.resolve("clase.curriculum.json");

        assertThat(CliRun.run("init", "--lang", "es", file.toString()).exitCode())
                .isZero();

        JsonNode written = JSON.readTree(Files.readString(file));
        assertThat(written.get("defaultLanguage").asString()).isEqualTo("es");
        assertThat(written.get("title").propertyNames()).containsExactly("es");
        assertThat(written.get("strokes").get(0).get("name").propertyNames()).containsExactly("es");
        assertThat(Files.readString(file)).contains("Pedir permiso").doesNotContain("\"en\"");
        assertThat(written.get("schedule").get("weeks")).hasSize(5);
    }

    @Test
    void init_noFile_writesTheDocumentedDefaultName() {
        CliRun help = CliRun.run("init", "--help");

        assertThat(help.out()).contains("(default: my.curriculum.json)");
    }

    @Test
    void init_existingFile_isAUsageErrorAndLeftAlone() throws Exception {
        Path file = Fixtures.write(dir, "mine.curriculum.json", "{\"formatVersion\": \"1.0\"}");

        CliRun run = CliRun.run("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .first()
                .asString()
                .isEqualTo("curriculum: '" + file
                        + "' already exists; choose another name, or add --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("{\"formatVersion\": \"1.0\"}");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void init_force_overwrites() throws Exception {
        Path file = Fixtures.write(dir, "mine.curriculum.json", "{\"formatVersion\": \"1.0\"}");

        CliRun run = CliRun.run("init", "--force", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(CliRun.run("validate", "--strict", file.toString()).exitCode())
                .isZero();
    }

    @Test
    void init_unknownLanguage_isAUsageError() {
        CliRun run = CliRun.run(
                "init", "--lang", "fr", dir.resolve("x.curriculum.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .first()
                .asString()
                .isEqualTo("curriculum: --lang must be one of en, es, but was 'fr'");
        assertThat(dir.resolve("x.curriculum.json")).doesNotExist();
    }

    @Test
    void init_missingFolder_isAUsageErrorWithAnEscapedName() {
        Path file = dir.resolve("no\u001b[31mfolder").resolve("x.curriculum.json");

        CliRun run = CliRun.run("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("Cannot write '")
                .contains("no\\u001b[31mfolder")
                .doesNotContain("\u001b")
                .contains("its folder does not exist");
    }
}
