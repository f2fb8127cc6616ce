package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accepted findings: in the project config by file, code and pointer, or in the document with x-suppress. */
class SuppressionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WARNING = "week.session-length.unusual";
    private static final String SHORT_WEEK = "\"sessionMinutes\": 30,";

    @TempDir
    Path repo;

    @BeforeEach
    void checkout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
    }

    private static String suppressedInDocument(String expires) {
        return Fixtures.oneWarning()
                .replace(
                        SHORT_WEEK,
                        "\"x-suppress\": [ { \"code\": \"" + WARNING + "\", \"reason\": \"a short trial class\""
                                + expires + " } ],\n        " + SHORT_WEEK);
    }

    private Path config(String suppressions) {
        return Fixtures.write(repo, "curriculum.config.json", "{ \"suppressions\": " + suppressions + " }");
    }

    @Test
    void configSuppression_takesTheFindingOut_andIsCounted() {
        Path file = Fixtures.write(repo, "content/a.curriculum.json", Fixtures.danglingReference());
        config("{ \"content/a.curriculum.json\": { \"reference.unresolved\": { \"/schedule/weeks/0/cues/1\": "
                + "{ \"reason\": \"the cue joins the catalogue next release\" } } } }");

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file; 1 suppressed");
    }

    @Test
    void configSuppression_otherPointer_suppressesNothing() {
        Path file = Fixtures.write(repo, "content/a.curriculum.json", Fixtures.danglingReference());
        config("{ \"content/a.curriculum.json\": { \"reference.unresolved\": { \"/schedule/weeks/1/cues/1\": "
                + "{ \"reason\": \"another week\" } } } }");

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).last().isEqualTo("1 error, 0 warnings in 1 file");
    }

    @Test
    void configSuppression_expired_reportsTheFindingAgain_withAWarning() {
        Path file = Fixtures.write(repo, "content/a.curriculum.json", Fixtures.danglingReference());
        config("{ \"content/a.curriculum.json\": { \"reference.unresolved\": { \"/schedule/weeks/0/cues/1\": "
                + "{ \"reason\": \"until the release\", \"expires\": \"2020-01-31\" } } } }");

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(line -> line.contains("[reference.unresolved]"));
        assertThat(run.outLines())
                .anyMatch(line -> line.contains(": warning: The suppression of 'reference.unresolved' at "
                                + "'/schedule/weeks/0/cues/1' expired on 2020-01-31 (")
                        && line.contains("curriculum.config.json:1:78)")
                        && line.endsWith("[suppression.expired] at /schedule/weeks/0/cues/1"));
        assertThat(run.outLines()).last().isEqualTo("1 error, 1 warning in 1 file");
    }

    @Test
    void inDocumentSuppression_coversItsObject() {
        Path file = Fixtures.write(repo, "a.curriculum.json", suppressedInDocument(""));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file; 1 suppressed");
    }

    @Test
    void inDocumentSuppression_expired_isAWarning() {
        Path file = Fixtures.write(repo, "a.curriculum.json", suppressedInDocument(", \"expires\": \"2020-01-31\""));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.outLines()).anyMatch(line -> line.contains("[" + WARNING + "]"));
        assertThat(run.outLines())
                .anyMatch(line -> line.contains("[suppression.expired] at /schedule/weeks/0/x-suppress/0"));
        assertThat(run.outLines()).last().isEqualTo("0 errors, 2 warnings in 1 file");
    }

    @Test
    void inDocumentSuppression_ofAProblemThatStopsReading_isRejected() {
        Path file = Fixtures.write(
                repo,
                "a.curriculum.json",
                Fixtures.oneWarning()
                        .replace(
                                SHORT_WEEK,
                                "\"x-suppress\": [ { \"code\": \"json.syntax\", \"reason\": \"never\" }, { \"code\": \""
                                        + WARNING + "\" } ],\n" + "        " + SHORT_WEEK));

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .anyMatch(line -> line.contains(": error: An x-suppress entry must name a code that can be "
                        + "suppressed, but 'json.syntax' cannot be: it stops a file being read [suppression.invalid] at "
                        + "/schedule/weeks/0/x-suppress/0/code"));
        assertThat(run.outLines())
                .anyMatch(line -> line.contains("An x-suppress entry must give a reason, but it has none"));
        assertThat(run.outLines()).anyMatch(line -> line.contains("[" + WARNING + "]"));
    }

    @Test
    void inDocumentSuppression_isNoUnknownProperty_andFormatKeepsIt() {
        Path file = Fixtures.write(repo, "a.curriculum.json", suppressedInDocument(""));

        CliRun format = CliRun.run("format", file.toString());

        assertThat(format.exitCode()).isZero();
        assertThat(format.out()).contains("\"x-suppress\"").contains("a short trial class");
        assertThat(CliRun.run("validate", "--format", "json", file.toString()).out())
                .doesNotContain("json.unknown-property");
    }

    @Test
    void json_listsSuppressedFindingsWithTheirReason() {
        Path file = Fixtures.write(repo, "a.curriculum.json", suppressedInDocument(""));

        JsonNode issues = JSON.readTree(
                CliRun.run("validate", "--format", "json", file.toString()).out());

        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get("code").asString()).isEqualTo(WARNING);
        assertThat(issues.get(0).get("suppressed").get("kind").asString()).isEqualTo("in-document");
        assertThat(issues.get(0).get("suppressed").get("reason").asString()).isEqualTo("a short trial class");
    }

    @Test
    void sarif_marksSuppressedResults() {
        Path file = Fixtures.write(repo, "content/a.curriculum.json", Fixtures.danglingReference());
        config("{ \"content/a.curriculum.json\": { \"reference.unresolved\": { \"/schedule/weeks/0/cues/1\": "
                + "{ \"reason\": \"next release\" } } } }");

        JsonNode results = JSON.readTree(CliRun.run("validate", "--format", "sarif", file.toString())
                        .out())
                .get("runs")
                .get(0)
                .get("results");

        assertThat(results).hasSize(1);
        JsonNode suppression = results.get(0).get("suppressions").get(0);
        assertThat(suppression.get("kind").asString()).isEqualTo("external");
        assertThat(suppression.get("justification").asString()).isEqualTo("next release");
    }
}
