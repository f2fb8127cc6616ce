package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four report formats, fed hand-made issues. */
class ReportFormatsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Issue SYNTAX = Issue.of(
                    IssueCode.JSON_SYNTAX, IssueLocation.root(), "unexpected character '}'")
            .atPosition(3, 5);
    private static final Issue WEEK = Issue.of(
                    IssueCode.SCHEDULE_WEEK_OUT_OF_RANGE,
                    IssueLocation.root()
                            .property("schedule")
                            .property("weeks")
                            .index(5)
                            .property("number"),
                    6)
            .atPosition(42, 17);
    private static final Issue UNPOSITIONED = Issue.of(
                    IssueCode.SCHEDULE_TOPIC_MISSING, IssueLocation.root().property("schedule"), "sleep")
            .withSeverity(Severity.WARNING);
    private static final Issue AWKWARD = Issue.builder()
            .severity(Severity.INFO)
            .code(IssueCode.CONSTRAINT_OTHER)
            .location(IssueLocation.root().property("a/b~c"))
            .message("Quote \" backslash \\ newline\n return\r percent 100% comma, colon: tab\t bell\u0007")
            .line(1)
            .column(1)
            .build();

    private static ValidationRun sample() {
        return ValidationRun.of(List.of(
                new FileReport("weeks/week-plan.curriculum.json", List.of(WEEK, UNPOSITIONED)),
                new FileReport("broken.json", List.of(SYNTAX)),
                new FileReport("clean.curriculum.json", List.of())));
    }

    @Test
    void text_issue_isOneEditorLine() {
        assertThat(TextReport.line("week-plan.json", WEEK, new Ansi(false)))
                .isEqualTo("week-plan.json:42:17: error: Week number must be between 1 and 5, but was 6 "
                        + "[schedule.week.out-of-range] at /schedule/weeks/5/number");
    }

    @Test
    void text_rootIssueWithoutPosition_leavesThemOut() {
        Issue root = Issue.of(IssueCode.JSON_NOT_AN_OBJECT, IssueLocation.root(), "an array");
        assertThat(TextReport.line("a.json", root, new Ansi(false)))
                .isEqualTo(
                        "a.json: error: A curriculum file must hold one JSON object, but held an array [json.not-an-object]");
    }

    @Test
    void text_run_listsIssuesThenSummary() {
        assertThat(TextReport.render(sample(), new Ansi(false)).split("\n"))
                .containsExactly(
                        "weeks/week-plan.curriculum.json:42:17: error: Week number must be between 1 and 5, but was 6 "
                                + "[schedule.week.out-of-range] at /schedule/weeks/5/number",
                        "weeks/week-plan.curriculum.json: warning: " + UNPOSITIONED.getMessage()
                                + " [schedule.topic.missing] at /schedule",
                        "broken.json:3:5: error: Malformed JSON: unexpected character '}' [json.syntax]",
                        "2 errors, 1 warning in 3 files");
    }

    @ParameterizedTest
    @MethodSource("data_summaries")
    void summary_countsWithPlurals(List<FileReport> reports, String expected) {
        assertThat(ValidationRun.of(reports).summary()).isEqualTo(expected);
    }

    static Stream<Arguments> data_summaries() {
        return Stream.of(
                Arguments.of(List.of(), "0 errors, 0 warnings in 0 files"),
                Arguments.of(List.of(new FileReport("a", List.of())), "0 errors, 0 warnings in 1 file"),
                Arguments.of(List.of(new FileReport("a", List.of(SYNTAX))), "1 error, 0 warnings in 1 file"),
                Arguments.of(
                        List.of(
                                new FileReport("a", List.of(AWKWARD, AWKWARD)),
                                new FileReport("b", List.of(UNPOSITIONED))),
                        "0 errors, 1 warning, 2 info in 2 files"));
    }

    @Test
    void text_colour_onlyWhenEnabled() {
        assertThat(TextReport.render(sample(), new Ansi(true))).contains("\u001b[1m\u001b[31merror:\u001b[0m");
        assertThat(TextReport.render(sample(), new Ansi(false))).doesNotContain("\u001b");
    }

    @Test
    void json_parsesBackToTheIssues() {
        JsonNode array = JSON.readTree(JsonReport.render(sample()));

        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(3);
        JsonNode first = array.get(0);
        assertThat(first.get("file").asString()).isEqualTo("weeks/week-plan.curriculum.json");
        assertThat(first.get("line").asInt()).isEqualTo(42);
        assertThat(first.get("column").asInt()).isEqualTo(17);
        assertThat(first.get("pointer").asString()).isEqualTo("/schedule/weeks/5/number");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("code").asString()).isEqualTo("schedule.week.out-of-range");
        assertThat(first.get("message").asString()).isEqualTo(WEEK.getMessage());
        assertThat(array.get(1).get("line").isNull()).isTrue();
        assertThat(array.get(1).get("column").isNull()).isTrue();
        assertThat(array.get(2).get("pointer").asString()).isEmpty();
    }

    @Test
    void json_escapesEveryAwkwardCharacter() {
        JsonNode array = JSON.readTree(JsonReport.render(
                ValidationRun.of(List.of(new FileReport("dir/\"odd\" name.json", List.of(AWKWARD))))));

        assertThat(array.get(0).get("message").asString()).isEqualTo(AWKWARD.getMessage());
        assertThat(array.get(0).get("file").asString()).isEqualTo("dir/\"odd\" name.json");
        assertThat(array.get(0).get("pointer").asString()).isEqualTo("/a~1b~0c");
    }

    @Test
    void json_noIssues_isAnEmptyArray() {
        assertThat(JsonReport.render(ValidationRun.of(List.of(new FileReport("a", List.of())))))
                .isEqualTo("[]\n");
    }

    @Test
    void sarif_isValidAgainstTheSarifSchema() throws IOException {
        ValidationRun run =
                new ValidationRun(sample().reports(), List.of("cannot read 'gone.json': no such file or directory"));
        run = new ValidationRun(
                List.of(
                        run.reports().get(0),
                        run.reports().get(1),
                        new FileReport("/elsewhere/odd name.json", List.of(AWKWARD))),
                run.unreadable());

        String sarif = SarifReport.render(run, "1.2.3", Path.of(""));

        assertThat(sarifErrors(sarif)).isEmpty();
    }

    @Test
    void sarif_schemaCheck_catchesABrokenLog() throws IOException {
        String broken = SarifReport.render(sample(), "1.2.3", Path.of(""))
                .replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"");

        assertThat(sarifErrors(broken)).isNotEmpty();
    }

    @Test
    void sarif_listsEveryRuleWithItsDescription() {
        JsonNode driver = JSON.readTree(SarifReport.render(sample(), "1.2.3", Path.of("")))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");

        assertThat(driver.get("name").asString()).isEqualTo("curriculum");
        assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isEqualTo(IssueCode.values().length);
        for (IssueCode code : IssueCode.values()) {
            JsonNode rule = rules.get(code.ordinal());
            assertThat(rule.get("id").asString()).isEqualTo(code.code());
            assertThat(rule.get("fullDescription").get("text").asString()).isEqualTo(code.description());
            assertThat(code.description())
                    .startsWith(rule.get("shortDescription").get("text").asString());
            assertThat(rule.get("defaultConfiguration").get("level").asString())
                    .isEqualTo(SarifReport.level(code.defaultSeverity()));
        }
    }

    @Test
    void sarif_resultsCarryRuleLevelMessageAndLocation() {
        JsonNode results = JSON.readTree(SarifReport.render(sample(), "1.2.3", Path.of("")))
                .get("runs")
                .get(0)
                .get("results");

        assertThat(results.size()).isEqualTo(3);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("schedule.week.out-of-range");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(IssueCode.SCHEDULE_WEEK_OUT_OF_RANGE.ordinal());
        assertThat(first.get("level").asString()).isEqualTo("error");
        assertThat(first.get("message").get("text").asString()).isEqualTo(WEEK.getMessage());
        JsonNode location = first.get("locations").get(0);
        JsonNode physical = location.get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("weeks/week-plan.curriculum.json");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(42);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(17);
        assertThat(location.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString())
                .isEqualTo("/schedule/weeks/5/number");
        assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
        assertThat(results.get(1)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .has("region"))
                .isFalse();
    }

    @Test
    void sarif_unreadablePaths_failTheInvocation() {
        JsonNode invocation = JSON.readTree(
                        SarifReport.render(new ValidationRun(List.of(), List.of("cannot read 'x'")), "1", Path.of("")))
                .get("runs")
                .get(0)
                .get("invocations")
                .get(0);

        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation
                        .get("toolExecutionNotifications")
                        .get(0)
                        .get("message")
                        .get("text")
                        .asString())
                .isEqualTo("cannot read 'x'");
    }

    @ParameterizedTest
    @MethodSource("data_uris")
    void sarif_artifactUri_isRelativeInsideTheWorkingDirectory(String file, String expected) {
        assertThat(SarifReport.artifactUri(file, Path.of("/work/repo"))).isEqualTo(expected);
    }

    static Stream<Arguments> data_uris() {
        return Stream.of(
                Arguments.of("a.curriculum.json", "a.curriculum.json"),
                Arguments.of("./content/a.json", "content/a.json"),
                Arguments.of("/work/repo/content/a.json", "content/a.json"),
                Arguments.of("/elsewhere/a.json", "file:///elsewhere/a.json"),
                Arguments.of("odd name #1.json", "odd%20name%20%231.json"),
                Arguments.of("café.json", "caf%C3%A9.json"),
                Arguments.of("c:d.json", "./c:d.json"),
                Arguments.of(Input.STDIN_NAME, "%3Cstdin%3E"));
    }

    @Test
    void github_issue_isAWorkflowCommand() {
        assertThat(GithubReport.command("weeks/plan.json", WEEK))
                .isEqualTo("::error file=weeks/plan.json,line=42,col=17,title=schedule.week.out-of-range::"
                        + WEEK.getMessage() + " at /schedule/weeks/5/number");
        assertThat(GithubReport.command("a.json", UNPOSITIONED))
                .startsWith("::warning file=a.json,title=schedule.topic.missing::");
        assertThat(GithubReport.command("a.json", AWKWARD)).startsWith("::notice file=a.json,line=1,col=1,");
    }

    @Test
    void github_filesInsideTheWorkingDirectory_areNamedRelativeToIt() {
        ValidationRun run = ValidationRun.of(List.of(
                new FileReport("/work/repo/content/a.curriculum.json", List.of(WEEK)),
                new FileReport("/elsewhere/b.curriculum.json", List.of(WEEK))));

        assertThat(GithubReport.render(run, Path.of("/work/repo")).split("\n"))
                .anySatisfy(line -> assertThat(line).startsWith("::error file=content/a.curriculum.json,"))
                .anySatisfy(line -> assertThat(line).startsWith("::error file=/elsewhere/b.curriculum.json,"));
    }

    @Test
    void github_escapesDataAndProperties() {
        assertThat(GithubReport.command("a,b:c%.json", AWKWARD))
                .isEqualTo(
                        "::notice file=a%2Cb%3Ac%25.json,line=1,col=1,title=constraint.other::"
                                + "Quote \" backslash \\ newline%0A return%0D percent 100%25 comma, colon: tab\\t bell\\u0007 at /a~1b~0c");
    }

    @Test
    void github_run_endsWithTheSummary() {
        assertThat(GithubReport.render(sample(), Path.of("")).split("\n"))
                .hasSize(4)
                .endsWith("2 errors, 1 warning in 3 files");
    }

    static List<Error> sarifErrors(String sarif) throws IOException {
        try (InputStream schemaText = ReportFormatsTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schemaText);
            return schema.validate(sarif, InputFormat.JSON);
        }
    }
}
