package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a directory search finds in a checkout: not build output, not .git, not what .gitignore leaves out. */
class DirectorySearchTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path repo;

    @BeforeEach
    void checkout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Fixtures.write(repo, ".gitignore", """
                # build output and drafts
                build/
                *.draft.curriculum.json
                !keep.draft.curriculum.json
                /generated
                """);
        for (String file : List.of(
                "content/a.curriculum.json",
                "content/keep.draft.curriculum.json",
                "content/x.draft.curriculum.json",
                "content/build/b.curriculum.json",
                "content/generated/g.curriculum.json",
                "content/local.curriculum.json",
                "content/sub/local.curriculum.json",
                "content/sub/s.curriculum.json",
                "content/target/t.curriculum.json",
                "target/classes/a.curriculum.json",
                ".git/x.curriculum.json",
                "build/b.curriculum.json",
                "generated/g.curriculum.json")) {
            Fixtures.write(repo, file, Fixtures.unknownProperty());
        }
        Fixtures.write(repo, "content/sub/.gitignore", "local.curriculum.json\n");
    }

    @Test
    void validate_repository_skipsTargetGitAndWhatGitignoreLeavesOut() {
        CliRun run = CliRun.run("validate", "--format", "json", repo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(files(run))
                .containsExactly(
                        "content/a.curriculum.json",
                        "content/generated/g.curriculum.json",
                        "content/keep.draft.curriculum.json",
                        "content/local.curriculum.json",
                        "content/sub/s.curriculum.json");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_subdirectory_appliesTheGitignoreFilesOfItsParents() {
        CliRun run = CliRun.run(
                "validate", "--format", "json", repo.resolve("content").toString());

        assertThat(files(run))
                .containsExactly(
                        "content/a.curriculum.json",
                        "content/generated/g.curriculum.json",
                        "content/keep.draft.curriculum.json",
                        "content/local.curriculum.json",
                        "content/sub/s.curriculum.json");
    }

    @Test
    void validate_textReport_listsEachMistakeOnce() {
        CliRun run = CliRun.run("validate", repo.resolve("content").toString());

        assertThat(run.outLines())
                .filteredOn(line -> line.contains("json.unknown-property"))
                .hasSize(5);
        assertThat(run.outLines()).last().isEqualTo("5 errors, 0 warnings in 5 files");
    }

    @Test
    void validate_fileNamedExplicitly_isCheckedEvenWhenGitignoreLeavesItOut() {
        CliRun run = CliRun.run(
                "validate",
                "--format",
                "json",
                repo.resolve("build/b.curriculum.json").toString());

        assertThat(files(run)).containsExactly("build/b.curriculum.json");
    }

    @Test
    void validate_exclude_leavesOutMatchingFilesAndDirectories() {
        CliRun run = CliRun.run(
                "validate",
                "--format",
                "json",
                "--exclude",
                "sub/",
                "--exclude",
                "**/keep.*",
                "--exclude",
                "**/generated/g.curriculum.json",
                repo.toString());

        assertThat(files(run)).containsExactly("content/a.curriculum.json", "content/local.curriculum.json");
    }

    @Test
    void validate_exclude_appliesToFilesNamedExplicitly() {
        Path kept = repo.resolve("content/a.curriculum.json");
        Path excluded = repo.resolve("content/sub/s.curriculum.json");

        CliRun run =
                CliRun.run("validate", "--format", "json", "--exclude", "sub/", kept.toString(), excluded.toString());

        assertThat(files(run)).containsExactly("content/a.curriculum.json");
    }

    @Test
    void validate_excludeThatMatchesNothing_isAUsageError() {
        CliRun run = CliRun.run("validate", "--exclude", "!", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'!' is not a pattern: it matches nothing");
    }

    @Test
    void format_check_skipsBuildOutputToo() {
        CliRun run = CliRun.run("format", "--check", repo.toString());

        assertThat(run.outLines()).noneMatch(line -> line.contains("target") || line.contains(".git"));
    }

    /** The files the JSON report names, relative to the repository, once each, in report order. */
    private List<String> files(CliRun run) {
        JsonNode issues = JSON.readTree(run.out());
        return issues.valueStream()
                .map(issue -> repo.relativize(Path.of(issue.get("file").asString()))
                        .toString()
                        .replace('\\', '/'))
                .distinct()
                .toList();
    }
}
