package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.json.CurriculumJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code translations}: per language and section, what is done and what is missing; {@code validate} lists every gap. */
class TranslationsCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CurriculumJson CURRICULUM_JSON = CurriculumJson.create();

    @TempDir
    Path dir;

    /** The sample with Spanish declared and only the title translated. */
    private Path partlySpanish() {
        Curriculum sample = CURRICULUM_JSON
                .readString(Fixtures.VALID, "sample.json")
                .curriculum()
                .orElseThrow();
        Curriculum partly = Curriculum.builder()
                .from(sample)
                .addLanguage("es")
                .title(sample.getTitle().with("es", "Plan de ejemplo"))
                .build();
        return Fixtures.write(dir, "partly.curriculum.json", CURRICULUM_JSON.writeString(partly));
    }

    /** The pointers of every localized text in a curriculum file, found from the JSON alone. */
    private static List<String> textPointers(String json) {
        List<String> pointers = new ArrayList<>();
        collect(JSON.readTree(json), "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()
                && node.has("en")
                && node.properties().stream().allMatch(entry -> entry.getValue().isString())) {
            pointers.add(pointer);
        } else if (node.isObject()) {
            node.properties().forEach(entry -> collect(entry.getValue(), pointer + "/" + entry.getKey(), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    @Test
    void translations_builtIn_isCompleteInSpanish() {
        CliRun run = CliRun.run("translations");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .containsSubsequence(
                        "default language en",
                        "es: ",
                        " done (100 %), 0 missing",
                        "  strokes ",
                        "  oilPolicy ",
                        "  schedule ");
        assertThat(run.out()).doesNotContain("missing\n    /");
    }

    @Test
    void translations_partlyTranslated_countsDoneAndMissingBySection() {
        Path file = partlySpanish();
        int texts = textPointers(Fixtures.VALID).size();

        CliRun run = CliRun.run("translations", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .contains("es: 1 of " + texts + " done (" + (100 / texts) + " %), " + (texts - 1) + " missing");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  curriculum +1 of 1"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  strokes +0 of \\d+, \\d+ missing"));
    }

    @Test
    void translations_missing_listsEveryMissingTextWithItsEnglish() {
        Path file = partlySpanish();
        List<String> expected = new ArrayList<>(textPointers(Fixtures.VALID));
        expected.remove("/title");

        CliRun run = CliRun.run("translations", "--missing", file.toString());

        List<String> listed = run.outLines().stream()
                .filter(line -> line.startsWith("    /"))
                .map(line -> line.strip().split("  ")[0])
                .toList();
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(run.outLines()).contains("    /strokes/0/name  resting-hands");
    }

    @Test
    void translations_formatJson_givesTheSameFiguresAndEveryMissingText() {
        Path file = partlySpanish();
        int texts = textPointers(Fixtures.VALID).size();

        CliRun run = CliRun.run("translations", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("defaultLanguage").asString()).isEqualTo("en");
        assertThat(report.get("texts").asInt()).isEqualTo(texts);
        JsonNode spanish = report.get("languages").get(0);
        assertThat(spanish.get("language").asString()).isEqualTo("es");
        assertThat(spanish.get("declared").asBoolean()).isTrue();
        assertThat(spanish.get("done").asInt()).isEqualTo(1);
        assertThat(spanish.get("missing").asInt()).isEqualTo(texts - 1);
        JsonNode curriculum = spanish.get("sections").get(0);
        assertThat(curriculum.get("section").asString()).isEqualTo("curriculum");
        assertThat(curriculum.get("done").asInt()).isEqualTo(1);
        List<String> missing = new ArrayList<>();
        spanish.get("sections")
                .forEach(section -> section.get("missingTexts")
                        .forEach(text -> missing.add(text.get("pointer").asString())));
        assertThat(missing).hasSize(texts - 1).doesNotContain("/title");
    }

    @Test
    void translations_undeclaredLanguage_isReportedWhenAskedFor() {
        CliRun run = CliRun.run("translations", "--language", "fr", "--language", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence("fr (not declared): 0 of ", "es: ");
    }

    @Test
    void translations_textWithControlCharacters_isShownEscapedOnOneLine() {
        Curriculum sample = CURRICULUM_JSON
                .readString(Fixtures.VALID, "sample.json")
                .curriculum()
                .orElseThrow();
        Curriculum odd = Curriculum.builder()
                .from(sample)
                .title(LocalizedText.of(Map.of("en", "Sample\u001b[31m red\nline")))
                .build();
        Path file = Fixtures.write(dir, "odd.curriculum.json", CURRICULUM_JSON.writeString(odd));

        CliRun run = CliRun.run("translations", "--missing", "--language", "es", file.toString());

        assertThat(run.out()).doesNotContain("\u001b").contains("    /title  Sample\\u001b[31m red line\n");
    }

    @Test
    void translations_badFormat_isAUsageError() {
        CliRun run = CliRun.run("translations", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'xml' is not a format; use text or json");
    }

    @Test
    void translations_unreadableFile_exitsOneWithItsIssues() {
        Path file = Fixtures.write(dir, "broken.curriculum.json", Fixtures.syntaxError());

        CliRun run = CliRun.run("translations", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("json.syntax", "cannot report on");
    }

    @Test
    void validate_partlyTranslated_listsEveryMissingTranslation() {
        Path file = partlySpanish();
        List<String> expected = new ArrayList<>(textPointers(Fixtures.VALID));
        expected.remove("/title");

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        List<String> warned = run.outLines().stream()
                .filter(line -> line.contains("[text.translation.missing]"))
                .map(line -> line.substring(line.lastIndexOf(" at ") + 4))
                .toList();
        assertThat(warned).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.outLines())
                .anySatisfy(
                        line -> assertThat(line)
                                .contains(
                                        "warning: Text must be translated into declared language 'es', but is not: 'resting-hands'"));
    }
}
