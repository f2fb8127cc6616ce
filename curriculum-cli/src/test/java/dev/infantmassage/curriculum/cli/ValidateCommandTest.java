package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The code of {@link Fixtures#oneWarning()}'s warning. */
    private static final String WARNING = "week.session-length.unusual";

    @TempDir
    Path dir;

    @Test
    void validate_noPath_checksTheReferenceCurriculum() {
        CliRun run = CliRun.run("validate");

        assertThat(run.exitCode()).isZero();
        List<String> issues = run.outLines().stream()
                .takeWhile(line -> !line.startsWith("0 errors"))
                .toList();
        List<String> notes =
                run.outLines().subList(issues.size() + 1, run.outLines().size());
        assertThat(run.outLines().get(issues.size())).matches("0 errors, \\d+ warnings? in 1 file");
        assertThat(issues).allMatch(line -> line.startsWith("built-in:five-week-program:"));
        assertThat(notes)
                .first()
                .isEqualTo(
                        "note: built-in:five-week-program is the reference curriculum built into the tool; see docs/reference-curriculum.md");
        List<String> codes = issues.stream()
                .map(line -> line.replaceAll(".*\\[([a-z.-]+)\\].*", "$1"))
                .distinct()
                .sorted()
                .toList();
        assertThat(notes.subList(1, notes.size()))
                .containsExactlyElementsOf(codes.stream()
                        .map(code ->
                                "note: 'curriculum explain " + code + "' says what " + code + " checks and shows a fix")
                        .toList());
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT   | built-in:five-week-program:3:5: warning:",
                "JSON   | \"file\":\"built-in:five-week-program\"",
                "SARIF  | \"uri\":\"built-in:five-week-program\"",
                "GITHUB | file=built-in%3Afive-week-program,",
                "JUNIT  | <testsuite name=\"built-in:five-week-program\"",
                "GITLAB | \"path\":\"built-in:five-week-program\"",
            })
    void reports_nameTheBuiltInCurriculumInEveryFormat(OutputFormat format, String named) {
        Issue issue = Issue.of(
                        IssueCode.WEEK_SESSION_LENGTH_UNUSUAL,
                        IssueLocation.root()
                                .property("schedule")
                                .property("weeks")
                                .index(0)
                                .property("sessionMinutes"),
                        30)
                .atPosition(3, 5);
        ValidationRun run = new ValidationRun(
                List.of(new FileReport(CurriculumFiles.reference().name(), List.of(issue))), List.of());

        String printed = switch (format) {
            case TEXT -> TextReport.render(run, new Ansi(false));
            case JSON -> JsonReport.render(run);
            case SARIF -> SarifReport.render(run, "1", Path.of(""));
            case GITHUB -> GithubReport.render(run, Path.of(""));
            case JUNIT -> JunitReport.render(run, Path.of(""));
            case GITLAB -> GitlabReport.render(run, Path.of(""));
        };

        assertThat(printed.replaceAll("\"\\s*:\\s*\"", "\":\"")).contains(named);
        assertThat(printed).doesNotContain("dev/infantmassage");
    }

    @Test
    void validate_validFile_exitsZero() {
        Path file = Fixtures.write(dir, "class.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_fileWithAWarning_exitsZeroAndReportsIt() {
        Path file = Fixtures.write(dir, "class.curriculum.json", Fixtures.oneWarning());

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0))
                .startsWith(file + ":")
                .contains(": warning: ")
                .endsWith("[" + WARNING + "] at /schedule/weeks/0/sessionMinutes");
        assertThat(run.outLines().get(1)).isEqualTo("0 errors, 1 warning in 1 file");
    }

    static Stream<Arguments> data_brokenFiles() {
        return Stream.of(
                Arguments.of("syntax", Fixtures.syntaxError(), "json.syntax", ""),
                Arguments.of("unknown property", Fixtures.unknownProperty(), "json.unknown-property", " at /colour"),
                Arguments.of(
                        "dangling reference",
                        Fixtures.danglingReference(),
                        "reference.unresolved",
                        " at /schedule/weeks/0/cues/1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_brokenFiles")
    void validate_brokenFile_reportsTheIssueWithPositionAndExitsOne(
            String kind, String content, String code, String at) {
        Path file = Fixtures.write(dir, "broken.json", content);

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .anySatisfy(line -> assertThat(line)
                        .matches("\\Q" + file + "\\E:\\d+:\\d+: error: .+ \\[\\Q" + code + "\\E\\]\\Q" + at + "\\E"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_severalFiles_reportsAllIssuesOfAllFilesInOneRun() {
        Path syntax = Fixtures.write(dir, "a.json", Fixtures.syntaxError());
        Path dangling = Fixtures.write(dir, "b.json", Fixtures.danglingReference());
        Path valid = Fixtures.write(dir, "c.json", Fixtures.VALID);

        CliRun run = CliRun.run("validate", syntax.toString(), dangling.toString(), valid.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[json.syntax]", "[reference.unresolved]");
        assertThat(run.outLines()).last().asString().endsWith(" in 3 files");
    }

    @Test
    void validate_missingPath_exitsTwoAndStillReportsTheOtherFiles() {
        Path valid = Fixtures.write(dir, "ok.json", Fixtures.VALID);
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.run("validate", missing.toString(), valid.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("curriculum: cannot read '" + missing + "': no such file or directory");
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    @Test
    void validate_missingPathAndErrors_exitsTwo() {
        Path broken = Fixtures.write(dir, "broken.json", Fixtures.syntaxError());

        assertThat(CliRun.run("validate", broken.toString(), dir.resolve("gone").toString())
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void validate_unreadableFile_exitsTwoWithoutStackTrace() throws IOException {
        Path file = Fixtures.write(dir, "secret.curriculum.json", Fixtures.VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the tests run with permission to read any file (root)");

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("cannot read '" + file + "': permission denied")
                .doesNotContain("Exception");
    }

    @Test
    void validate_brokenSymbolicLink_exitsTwo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.curriculum.json"), dir.resolve("nowhere"));

        CliRun run = CliRun.run("validate", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read '" + link + "'");
    }

    @Test
    void validate_directory_searchesRecursivelyForCurriculumFilesInSortedOrder() {
        Fixtures.write(dir, "b/week.curriculum.json", Fixtures.danglingReference());
        Fixtures.write(dir, "a/deep/er/class.curriculum.json", Fixtures.syntaxError());
        Fixtures.write(dir, "a/notes.json", Fixtures.syntaxError());
        Fixtures.write(dir, "a/class.curriculum.json.bak", Fixtures.syntaxError());
        Fixtures.write(dir, ".git/stale.curriculum.json", Fixtures.syntaxError());

        CliRun run = CliRun.run("validate", "--format", "json", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> files = JSON.readTree(run.out())
                .valueStream()
                .map(issue -> issue.get("file").asString())
                .distinct()
                .toList();
        assertThat(files)
                .containsExactly(
                        dir.resolve("a/deep/er/class.curriculum.json").toString(),
                        dir.resolve("b/week.curriculum.json").toString());
    }

    @Test
    void validate_manyFiles_checkedInParallelButReportedInInputOrder() {
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("file-%02d.curriculum.json", i);
            Fixtures.write(
                    dir,
                    name,
                    i % 3 == 0 ? Fixtures.VALID : i % 3 == 1 ? Fixtures.danglingReference() : Fixtures.syntaxError());
            if (i % 3 != 0) {
                expected.add(dir.resolve(name).toString());
            }
        }

        CliRun run = CliRun.run("validate", "--format", "json", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> files = JSON.readTree(run.out())
                .valueStream()
                .map(issue -> issue.get("file").asString())
                .distinct()
                .toList();
        assertThat(files).containsExactlyElementsOf(expected);
        assertThat(CliRun.run("validate", "--format", "json", dir.toString()).out())
                .isEqualTo(run.out());
    }

    @Test
    void validate_directoryWithoutCurriculumFiles_exitsTwo() {
        Fixtures.write(dir, "notes.json", Fixtures.VALID);

        CliRun run = CliRun.run("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no *.curriculum.json files in directory '" + dir + "'");
    }

    @Test
    void validate_sameFileTwice_isReportedOnce() {
        Path file = Fixtures.write(dir, "x.curriculum.json", Fixtures.VALID);

        CliRun run = CliRun.run("validate", file.toString(), dir.toString());

        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    @Test
    void validate_standardInput_isNamedStdin() {
        CliRun run = CliRun.withStdin(Fixtures.danglingReference(), "validate", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("<stdin>:").contains("[reference.unresolved] at /schedule/weeks/0/cues/1");
    }

    @Test
    void validate_emptyStandardInput_isAnError() {
        CliRun run = CliRun.withStdin("", "validate", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("<stdin>");
    }

    @Test
    void validate_ignore_dropsTheCode() {
        CliRun run = CliRun.run("validate", "--ignore", WARNING, warningFile().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    @Test
    void validate_ignoreAndSeverity_takeCommaSeparatedLists() {
        String content =
                Fixtures.danglingReference().replaceFirst("\"sessionMinutes\": 60,", "\"sessionMinutes\": 30,");
        Path file = Fixtures.write(dir, "x.curriculum.json", content);

        CliRun ignored = CliRun.run("validate", "--ignore", "reference.unresolved," + WARNING, file.toString());
        CliRun relevelled = CliRun.run(
                "validate", "--severity", "reference.unresolved=warning," + WARNING + "=info", file.toString());

        assertThat(ignored.exitCode()).isZero();
        assertThat(ignored.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
        assertThat(relevelled.exitCode()).isZero();
        assertThat(relevelled.outLines()).last().isEqualTo("0 errors, 1 warning, 1 info in 1 file");
    }

    @Test
    void validate_severity_relevelsTheCode() {
        CliRun run = CliRun.run(
                "validate", "--severity", WARNING + "=error", warningFile().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).last().isEqualTo("1 error, 0 warnings in 1 file");
    }

    @Test
    void validate_severityDownToInfo_passesStrict() {
        CliRun run = CliRun.run(
                "validate",
                "--strict",
                "--severity",
                WARNING + "=info",
                warningFile().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": info: ");
        assertThat(run.outLines()).last().isEqualTo("0 errors, 0 warnings, 1 info in 1 file");
    }

    @Test
    void validate_strict_failsOnWarnings() {
        CliRun run = CliRun.run("validate", "--strict", warningFile().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("1 warning and --strict");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "5"})
    void validate_maxWarnings_failsOnlyAboveTheLimit(String limit) {
        CliRun run =
                CliRun.run("validate", "--max-warnings", limit, warningFile().toString());

        assertThat(run.exitCode()).isEqualTo(limit.equals("0") ? 1 : 0);
    }

    private Path warningFile() {
        return Fixtures.write(dir, "warning.curriculum.json", Fixtures.oneWarning());
    }

    static Stream<Arguments> data_badFlags() {
        return Stream.of(
                Arguments.of(List.of("validate", "--bogus"), "Unknown option: '--bogus'"),
                Arguments.of(List.of("validate", "--format", "xml"), "'xml' is not a format"),
                Arguments.of(List.of("validate", "--format"), "Missing required parameter"),
                Arguments.of(List.of("validate", "--ignore", "json.nope"), "'json.nope' is not an issue code"),
                Arguments.of(
                        List.of("validate", "--severity", "json.unknown-property=loud"), "'loud' is not a severity"),
                Arguments.of(List.of("validate", "--severity", "json.syntx=warning"), "did you mean json.syntax"),
                Arguments.of(List.of("validate", "--severity", "json.syntax"), "should be in KEY=VALUE"),
                Arguments.of(List.of("validate", "--max-warnings", "many"), "'many' is not an int"),
                Arguments.of(List.of("validate", "--max-warnings", "-1"), "--max-warnings must not be negative"),
                Arguments.of(List.of("validate", "--color", "sometimes"), "--color"),
                Arguments.of(List.of("valdate"), "Did you mean: curriculum validate"),
                Arguments.of(List.of("--nope"), "Unknown option"));
    }

    @ParameterizedTest
    @MethodSource("data_badFlags")
    void validate_badCommandLine_exitsTwoWithAHint(List<String> args, String message) {
        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(message)
                .contains("--help' for more information")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validate_formatJson_parsesBack() {
        Path file = Fixtures.write(dir, "x.json", Fixtures.danglingReference());

        CliRun run = CliRun.run("validate", "--format=json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode issues = JSON.readTree(run.out());
        JsonNode dangling = issues.valueStream()
                .filter(issue -> issue.get("code").asString().equals("reference.unresolved"))
                .findFirst()
                .orElseThrow();
        assertThat(dangling.get("file").asString()).isEqualTo(file.toString());
        assertThat(dangling.get("pointer").asString()).isEqualTo("/schedule/weeks/0/cues/1");
        assertThat(dangling.get("severity").asString()).isEqualTo("error");
        assertThat(dangling.get("line").asInt()).isPositive();
        assertThat(dangling.get("column").asInt()).isPositive();
        assertThat(dangling.get("message").asString()).contains("'smilling'");
    }

    @Test
    void validate_formatSarif_isValidSarif() throws IOException {
        Path file = Fixtures.write(dir, "x.json", Fixtures.danglingReference());

        CliRun run = CliRun.run(
                "validate",
                "-f",
                "sarif",
                file.toString(),
                dir.resolve("gone.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(ReportFormatsTest.sarifErrors(run.out())).isEmpty();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("runs")
                        .get(0)
                        .get("results")
                        .valueStream()
                        .map(result -> result.get("ruleId").asString()))
                .containsExactly("reference.unresolved");
    }

    @Test
    void validate_formatGithub_printsWorkflowCommands() {
        Path file = Fixtures.write(dir, "x.json", Fixtures.danglingReference());

        CliRun run = CliRun.run(
                "validate", "--format", "github", file.toString(), warningFile().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .anySatisfy(line -> assertThat(line)
                        .matches(
                                "::error file=\\Q" + file + "\\E,line=\\d+,col=\\d+,title=reference\\.unresolved::.+"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("::warning file="));
    }

    @Test
    void validate_colour_onlyOnATerminalWithoutNoColor() {
        InputStream empty = new ByteArrayInputStream(new byte[0]);
        String file = warningFile().toString();

        assertThat(CliRun.in(new Terminal(empty, true, false, Map.of()), "validate", file)
                        .out())
                .contains("\u001b[");
        assertThat(CliRun.in(new Terminal(empty, true, false, Map.of("NO_COLOR", "1")), "validate", file)
                        .out())
                .doesNotContain("\u001b[");
        assertThat(CliRun.in(new Terminal(empty, true, false, Map.of()), "validate", "--color=never", file)
                        .out())
                .doesNotContain("\u001b[");
        assertThat(CliRun.in(new Terminal(empty, false, false, Map.of()), "validate", "--color=always", file)
                        .out())
                .contains("\u001b[");
        assertThat(CliRun.run("validate", file).out()).doesNotContain("\u001b[");
    }

    @Test
    void validate_manyFilesOnATerminal_showsProgressOnStandardError() {
        IntStream.range(0, ValidateCommand.PROGRESS_THRESHOLD)
                .forEach(i -> Fixtures.write(dir, "f" + i + ".curriculum.json", Fixtures.VALID));
        InputStream empty = new ByteArrayInputStream(new byte[0]);

        CliRun terminal = CliRun.in(new Terminal(empty, false, true, Map.of()), "validate", dir.toString());
        CliRun piped = CliRun.run("validate", dir.toString());

        assertThat(terminal.exitCode()).isZero();
        assertThat(terminal.err()).contains("Checking 20/20: ").endsWith("\r");
        assertThat(terminal.out()).isEqualTo(piped.out());
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void validate_readFailure_isAnUnexpectedFailureWithoutStackTraceUnlessVerbose() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("the stream broke");
            }
        };
        Terminal terminal = new Terminal(failing, false, false, Map.of());

        CliRun quiet = CliRun.in(terminal, "validate", "-");
        CliRun verbose = CliRun.in(terminal, "validate", "--verbose", "-");

        assertThat(quiet.exitCode()).isEqualTo(3);
        assertThat(quiet.err())
                .contains("unexpected failure: java.lang.IllegalStateException: the stream broke")
                .contains("--verbose")
                .doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(3);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void validate_utf8Names_surviveTheReport() {
        Path file = Fixtures.write(dir, "clase-señal.curriculum.json", Fixtures.danglingReference());

        CliRun run = CliRun.run("validate", "--format", "json", file.toString());

        assertThat(JSON.readTree(run.out()).get(0).get("file").asString()).isEqualTo(file.toString());
    }
}
