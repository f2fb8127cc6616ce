package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The published {@code .pre-commit-hooks.yaml} and the GitHub Action {@code action.yml} at the
 * repository root: their structure, and that the commands they run work on a sample file (run here in
 * process; {@code LauncherIT} covers the launcher itself).
 */
class HooksTest {
    private static final Path ROOT = Path.of("..");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path dir;

    private static JsonNode read(String file) throws Exception {
        return YAML.readTree(Files.readString(ROOT.resolve(file)));
    }

    @Test
    void preCommitHooks_declareTheValidateFormatAndFixHooks() throws Exception {
        JsonNode hooks = read(".pre-commit-hooks.yaml");

        assertThat(hooks.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        hooks.forEach(hook -> {
            ids.add(hook.get("id").asString());
            assertThat(hook.get("name").asString()).isNotBlank();
            assertThat(hook.get("language").asString())
                    .as("the entry is a script of this repository")
                    .isEqualTo("script");
            Pattern files = Pattern.compile(hook.get("files").asString());
            assertThat(files.matcher("content/week-1.curriculum.json").find()).isTrue();
            assertThat(files.matcher("my.curriculum.json").find()).isTrue();
            assertThat(files.matcher("package.json").find()).isFalse();
            assertThat(files.matcher("notes.curriculum.json.bak").find()).isFalse();
            String script = hook.get("entry").asString().split(" ")[0];
            assertThat(ROOT.resolve(script))
                    .as("the entry's script")
                    .isRegularFile()
                    .isExecutable();
        });
        assertThat(ids).containsExactly("curriculum-validate", "curriculum-format", "curriculum-fix");
    }

    @Test
    void preCommitHooks_entries_checkASampleFileAsDocumented() throws Exception {
        Path valid = Fixtures.write(dir, "good.curriculum.json", Fixtures.VALID);
        Path broken = Fixtures.write(dir, "broken.curriculum.json", Fixtures.danglingReference());
        Path unformatted = Fixtures.write(dir, "loose.curriculum.json", Fixtures.unformatted());
        JsonNode hooks = read(".pre-commit-hooks.yaml");

        List<String> validate = entryArguments(hooks.get(0));
        List<String> format = entryArguments(hooks.get(1));

        assertThat(validate).containsExactly("validate");
        assertThat(format).containsExactly("format", "--check");
        assertThat(run(validate, valid)).isEqualTo(0);
        assertThat(run(validate, valid, broken)).isEqualTo(1);
        assertThat(run(format, valid)).isEqualTo(0);
        assertThat(run(format, unformatted)).isEqualTo(1);
    }

    @Test
    void preCommitHooks_fixEntry_makesTheSafeFixes() throws Exception {
        String typo = Fixtures.VALID.replaceFirst("\"title\":", "\"titel\":");
        Path fixable = Fixtures.write(dir, "typo.curriculum.json", typo);
        Path broken = Fixtures.write(dir, "broken.curriculum.json", Fixtures.danglingReference());
        List<String> fix = entryArguments(read(".pre-commit-hooks.yaml").get(2));

        assertThat(fix).containsExactly("fix");
        assertThat(run(fix, fixable)).isEqualTo(0);
        assertThat(Files.readString(fixable)).isEqualTo(Fixtures.VALID);
        assertThat(run(fix, broken)).isEqualTo(1);
        assertThat(Files.readString(broken)).isEqualTo(Fixtures.danglingReference());
    }

    @Test
    void action_isACompositeActionThatRunsTheLauncher() throws Exception {
        JsonNode action = read("action.yml");

        assertThat(action.get("name").asString()).isNotBlank();
        assertThat(action.get("description").asString()).isNotBlank();
        assertThat(action.get("inputs").propertyNames()).contains("files", "format", "output", "args", "java-version");
        assertThat(action.get("inputs").get("format").get("default").asString()).isEqualTo("github");
        assertThat(action.get("runs").get("using").asString()).isEqualTo("composite");
        JsonNode steps = action.get("runs").get("steps");
        assertThat(steps.get(0).get("uses").asString()).startsWith("actions/setup-java@");
        JsonNode validate = steps.get(1);
        assertThat(validate.get("shell").asString()).isEqualTo("bash");
        String script = validate.get("run").asString();
        assertThat(script)
                .as("inputs reach the script only as environment variables")
                .doesNotContain("${{");
        assertThat(script).contains("\"$GITHUB_ACTION_PATH/curriculum\" validate --format \"$CURRICULUM_FORMAT\"");
        assertThat(validate.get("env").get("CURRICULUM_FILES").asString()).isEqualTo("${{ inputs.files }}");
        assertThat(ROOT.resolve("curriculum")).isExecutable();
    }

    @Test
    void action_command_checksASampleFileWithItsDefaultFormat() throws Exception {
        Path broken = Fixtures.write(dir, "broken.curriculum.json", Fixtures.danglingReference());
        JsonNode action = read("action.yml");
        String line = action.get("runs")
                .get("steps")
                .get(1)
                .get("run")
                .asString()
                .lines()
                .filter(each -> each.strip().startsWith("\"$GITHUB_ACTION_PATH/curriculum\"") && !each.contains(">"))
                .findFirst()
                .orElseThrow()
                .strip();
        String command = line.replace("\"$GITHUB_ACTION_PATH/curriculum\" ", "")
                .replace(
                        "\"$CURRICULUM_FORMAT\"",
                        action.get("inputs").get("format").get("default").asString())
                .replace("$CURRICULUM_ARGS ", "")
                .replace("$CURRICULUM_FILES", broken.toString());

        CliRun run = CliRun.run(command.split(" "));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .first()
                .asString()
                .startsWith("::error file=")
                .contains("title=reference.unresolved");
    }

    private static List<String> entryArguments(JsonNode hook) {
        List<String> words = List.of(hook.get("entry").asString().split(" "));
        assertThat(words.get(0)).isEqualTo("curriculum");
        return words.subList(1, words.size());
    }

    /** What pre-commit runs: the entry's arguments, then the staged files. */
    private static int run(List<String> arguments, Path... files) {
        List<String> args = new ArrayList<>(arguments);
        for (Path file : files) {
            args.add(file.toString());
        }
        return CliRun.run(args.toArray(String[]::new)).exitCode();
    }
}
