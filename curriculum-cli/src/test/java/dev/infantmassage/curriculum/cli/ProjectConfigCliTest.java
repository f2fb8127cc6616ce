package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate with a curriculum.config.json: found upwards, named with --config, or left out with --no-config. */
class ProjectConfigCliTest {
    /** The code of {@link Fixtures#oneWarning()}'s warning. */
    private static final String WARNING = "week.session-length.unusual";

    @TempDir
    Path repo;

    @BeforeEach
    void checkout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Fixtures.write(repo, "content/short.curriculum.json", Fixtures.oneWarning());
        Fixtures.write(repo, "content/legacy/old.curriculum.json", Fixtures.oneWarning());
    }

    @Test
    void validate_nearestConfig_relevelsACode() {
        Fixtures.write(repo, "curriculum.config.json", "{ \"rules\": { \"" + WARNING + "\": \"error\" } }");

        CliRun run = CliRun.run("validate", repo.resolve("content").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .filteredOn(line -> line.contains(": error: ") && line.contains(WARNING))
                .hasSize(2);
        assertThat(run.outLines()).last().isEqualTo("2 errors, 0 warnings in 2 files");
    }

    @Test
    void validate_override_appliesToTheFilesItMatches() {
        Fixtures.write(repo, "curriculum.config.json", """
                {
                  "rules": { "%s": "error" },
                  "overrides": [ { "files": [ "legacy/" ], "rules": { "%s": "off" } } ]
                }
                """.formatted(WARNING, WARNING));

        CliRun run = CliRun.run("validate", repo.resolve("content").toString());

        assertThat(run.outLines())
                .filteredOn(line -> line.contains(WARNING))
                .hasSize(1)
                .allMatch(line -> line.contains("short.curriculum.json"));
        assertThat(run.outLines()).last().isEqualTo("1 error, 0 warnings in 2 files");
    }

    @Test
    void validate_configExcludeAndInclude_chooseTheFilesSearched() {
        Fixtures.write(repo, "content/plain.json", Fixtures.VALID);
        Fixtures.write(repo, "curriculum.config.json", "{ \"include\": [ \"*.json\" ], \"exclude\": [ \"legacy/\" ] }");

        CliRun run = CliRun.run("validate", "--format", "json", repo.toString());

        assertThat(run.out())
                .contains("short.curriculum.json")
                .doesNotContain("old.curriculum.json")
                .doesNotContain("plain.json\"")
                .doesNotContain("curriculum.config.json");
        CliRun text = CliRun.run("validate", repo.toString());
        assertThat(text.outLines()).last().isEqualTo("0 errors, 1 warning in 2 files");
    }

    @Test
    void validate_commandLineFlags_winOverTheConfig() {
        Fixtures.write(repo, "curriculum.config.json", "{ \"rules\": { \"" + WARNING + "\": \"off\" } }");

        CliRun run = CliRun.run(
                "validate",
                "--severity",
                WARNING + "=error",
                repo.resolve("content").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).last().isEqualTo("2 errors, 0 warnings in 2 files");
    }

    @Test
    void validate_noConfig_ignoresTheConfig() {
        Fixtures.write(repo, "curriculum.config.json", "{ \"rules\": { \"" + WARNING + "\": \"off\" } }");

        CliRun run =
                CliRun.run("validate", "--no-config", repo.resolve("content").toString());

        assertThat(run.outLines()).last().isEqualTo("0 errors, 2 warnings in 2 files");
    }

    @Test
    void validate_explicitConfig_isUsedForEveryFile() {
        Path config = Fixtures.write(repo, "ci/strict.json", "{ \"rules\": { \"" + WARNING + "\": \"error\" } }");

        CliRun run = CliRun.run(
                "validate",
                "--config",
                config.toString(),
                repo.resolve("content").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).last().isEqualTo("2 errors, 0 warnings in 2 files");
    }

    @Test
    void validate_missingExplicitConfig_isAUsageError() {
        CliRun run =
                CliRun.run("validate", "--config", repo.resolve("nowhere.json").toString(), repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("cannot read config '" + repo.resolve("nowhere.json") + "': no such file or directory");
    }

    @Test
    void validate_mistakeInTheConfig_isReportedWithItsPlace_andFails() {
        Path config =
                Fixtures.write(repo, "curriculum.config.json", "{\n  \"rules\": { \"json.syntax\": \"off\" }\n}\n");

        CliRun run = CliRun.run(
                "validate",
                "--config",
                config.toString(),
                repo.resolve("content/short.curriculum.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .contains(config + ":2:14: error: Code 'json.syntax' cannot be turned off or re-levelled: "
                        + "it stops a file being read [config.rule.not-adjustable] at /rules/json.syntax");
    }

    @Test
    void validate_configMistakes_areListedInFileOrder() {
        Path config = Fixtures.write(
                repo,
                "curriculum.config.json",
                "{\n  \"rules\": { \"reference.unresolvd\": \"off\" },\n  \"exclud\": []\n}\n");

        CliRun run = CliRun.run(
                "validate", repo.resolve("content/short.curriculum.json").toString());

        assertThat(run.outLines().subList(0, 2))
                .containsExactly(
                        config
                                + ":2:14: error: 'reference.unresolvd' is not an issue code; did you mean 'reference.unresolved'? "
                                + "[config.rule.unknown-code] at /rules/reference.unresolvd",
                        config
                                + ":3:3: error: Property 'exclud' is not allowed in a project config; did you mean 'exclude'? "
                                + "[config.unknown-property] at /exclud");
    }

    @Test
    void validate_configAndNoConfig_isAUsageError() {
        CliRun run = CliRun.run("validate", "--no-config", "--config", "x.json", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--config and --no-config cannot be used together");
    }
}
