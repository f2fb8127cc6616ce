package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private static final Schema SCHEMA = REGISTRY.getSchema(ProjectConfig.schema(), InputFormat.JSON);

    private static final String FULL = """
            {
              "$schema": "https://infantmassage.dev/schema/curriculum-config-1.json",
              "rules": { "text.translation.missing": "off", "week.session-length.unusual": "error" },
              "exclude": [ "drafts/" ],
              "overrides": [
                { "files": [ "legacy/**" ], "rules": { "week.session-length.unusual": "info" } }
              ],
              "suppressions": {
                "a.curriculum.json": {
                  "reference.unresolved": {
                    "/schedule/weeks/0/cues/1": { "reason": "cue added next release", "expires": "2027-01-31" }
                  }
                }
              },
              "x-team": "content"
            }
            """;

    @TempDir
    Path dir;

    @Test
    void schema_isValidDraft202012_andInTheDocs() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(ProjectConfig.schema(), InputFormat.JSON)).isEmpty();
        assertThat(Files.readString(Path.of("../docs/curriculum.config.schema.json"), StandardCharsets.UTF_8))
                .isEqualTo(ProjectConfig.schema());
    }

    @Test
    void schema_acceptsAFullConfig_rejectsAMisspeltOne() {
        assertThat(SCHEMA.validate(FULL, InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate("{\"rule\": {}}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"rules\": {\"json.unknown-property\": \"loud\"}}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(SCHEMA.validate("{\"suppressions\": {\"a.json\": {\"x.y\": {\"/a\": {}}}}}", InputFormat.JSON))
                .extracting(Error::getKeyword)
                .contains("required");
    }

    @Test
    void read_fullConfig_givesOptionsPerFile() {
        ProjectConfig config = ProjectConfig.read(write("curriculum.config.json", FULL));

        assertThat(config.issues()).isEmpty();
        ValidationOptions options = config.optionsFor(dir.resolve("content/a.curriculum.json"));
        assertThat(options.severityOf(IssueCode.TEXT_TRANSLATION_MISSING)).isEmpty();
        assertThat(options.severityOf(IssueCode.WEEK_SESSION_LENGTH_UNUSUAL)).contains(Severity.ERROR);
        assertThat(options.severityOf(IssueCode.REFERENCE_UNRESOLVED)).contains(Severity.ERROR);
        ValidationOptions legacy = config.optionsFor(dir.resolve("legacy/old/b.curriculum.json"));
        assertThat(legacy.severityOf(IssueCode.WEEK_SESSION_LENGTH_UNUSUAL)).contains(Severity.INFO);
        assertThat(legacy.severityOf(IssueCode.TEXT_TRANSLATION_MISSING)).isEmpty();
    }

    @Test
    void read_fullConfig_includesAndExcludes() {
        ProjectConfig config = ProjectConfig.read(write("curriculum.config.json", FULL));

        assertThat(config.includes(dir.resolve("content/a.curriculum.json"))).isTrue();
        assertThat(config.includes(dir.resolve("content/a.json"))).isFalse();
        assertThat(config.includes(dir.resolve("content/drafts/a.curriculum.json")))
                .isFalse();
        assertThat(config.excludes(dir.resolve("content/drafts"), true)).isTrue();
    }

    @Test
    void read_suppressions_areKeyedByFileCodeAndPointer() {
        ProjectConfig config = ProjectConfig.read(write("curriculum.config.json", FULL));

        List<ProjectConfig.Suppression> suppressions = config.suppressionsFor(dir.resolve("a.curriculum.json"));
        assertThat(suppressions).hasSize(1);
        ProjectConfig.Suppression only = suppressions.get(0);
        assertThat(only.code()).isEqualTo(IssueCode.REFERENCE_UNRESOLVED);
        assertThat(only.pointer()).isEqualTo("/schedule/weeks/0/cues/1");
        assertThat(only.reason()).isEqualTo("cue added next release");
        assertThat(only.isExpired(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(only.isExpired(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(only.line()).isEqualTo(11);
        assertThat(config.suppressionsFor(dir.resolve("b.curriculum.json"))).isEmpty();
    }

    @Test
    void read_mistakes_areLocatedWithStableCodes() {
        Path file = write("curriculum.config.json", """
                {
                  "rule": {},
                  "rules": {
                    "json.syntax": "off",
                    "reference.unresolvd": "warning",
                    "text.translation.missing": "loud"
                  },
                  "exclude": "drafts/",
                  "overrides": [ { "rules": {} } ]
                }
                """);

        List<Issue> issues = ProjectConfig.read(file).issues();

        assertThat(issues)
                .extracting(issue -> issue.getCode().code() + " "
                        + issue.getLocation().toPointer() + " "
                        + issue.getLine().orElse(0) + ":" + issue.getColumn().orElse(0))
                .containsExactlyInAnyOrder(
                        "config.unknown-property /rule 2:3",
                        "config.rule.not-adjustable /rules/json.syntax 4:5",
                        "config.rule.unknown-code /rules/reference.unresolvd 5:5",
                        "config.invalid-value /rules/text.translation.missing 6:33",
                        "config.invalid-value /exclude 8:14",
                        "config.invalid-value /overrides/0 9:18");
        assertThat(issues).allMatch(issue -> issue.getFile().equals(Optional.of(file.toString())));
        assertThat(issues)
                .extracting(Issue::getMessage)
                .contains(
                        "Property 'rule' is not allowed in a project config; did you mean 'rules'?",
                        "'reference.unresolvd' is not an issue code; did you mean 'reference.unresolved'?",
                        "Code 'json.syntax' cannot be turned off or re-levelled: it stops a file being read",
                        "'text.translation.missing' must be error, warning, info or off, but was 'loud'");
    }

    @Test
    void read_syntaxError_isReportedLikeACurriculumFile() {
        Path file = write("curriculum.config.json", "{\n  \"rules\": {\n}");

        assertThat(ProjectConfig.read(file).issues())
                .extracting(issue -> issue.getCode().code())
                .containsExactly("json.truncated");
    }

    @Test
    void extends_baseFirst_ownRulesWin() {
        write(
                "base.json",
                "{ \"rules\": { \"text.translation.missing\": \"off\", \"week.session-length.unusual\": \"off\" } }");
        Path file = write(
                "team/curriculum.config.json",
                "{ \"extends\": \"../base.json\", \"rules\": { \"week.session-length.unusual\": \"error\" } }");

        ValidationOptions options = ProjectConfig.read(file).options();

        assertThat(options.severityOf(IssueCode.TEXT_TRANSLATION_MISSING)).isEmpty();
        assertThat(options.severityOf(IssueCode.WEEK_SESSION_LENGTH_UNUSUAL)).contains(Severity.ERROR);
    }

    @Test
    void extends_cycle_isReportedOnce() {
        write("a.json", "{ \"extends\": \"b.json\" }");
        Path b = write("b.json", "{ \"extends\": \"a.json\" }");

        List<Issue> issues = ProjectConfig.read(b).issues();

        assertThat(issues).extracting(issue -> issue.getCode().code()).containsExactly("config.extends.cycle");
        assertThat(issues.get(0).getMessage())
                .isEqualTo("Config 'b.json' extends itself: b.json extends a.json extends b.json");
        assertThat(issues.get(0).getLocation().toPointer()).isEqualTo("/extends");
    }

    @Test
    void extends_missingFile_isUnresolved() {
        Path file = write("curriculum.config.json", "{ \"extends\": \"nowhere.json\" }");

        assertThat(ProjectConfig.read(file).issues())
                .extracting(Issue::getMessage)
                .containsExactly("Config 'nowhere.json' named by extends cannot be read: no such file");
    }

    @Test
    void find_nearestUpwards_stopsAtTheRepositoryRoot() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("curriculum.config.json", "{}");
        Path inner = write("repo/content/curriculum.config.json", "{}");
        Files.createDirectories(dir.resolve("repo/content/week/deep"));

        assertThat(ProjectConfig.find(dir.resolve("repo/content/week/deep/a.curriculum.json")))
                .contains(inner);
        assertThat(ProjectConfig.find(dir.resolve("repo/other/a.curriculum.json")))
                .isEmpty();
    }

    @Test
    void read_missingFile_throws() {
        assertThatThrownBy(() -> ProjectConfig.read(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class);
    }

    private Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
