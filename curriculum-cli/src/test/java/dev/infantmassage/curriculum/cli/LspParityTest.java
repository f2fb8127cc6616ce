package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.lsp.CurriculumLanguageServer;
import dev.infantmassage.curriculum.lsp.EditorSession;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file of the broken-file corpus, the fuzzer's hostile seeds, the golden validator cases and the
 * CLI's sample gives the same
 * findings, code, severity, line and column, through {@code validate --format json} and through the
 * language server an editor talks to.
 */
class LspParityTest {
    private static final Path JSON_TESTS = Path.of("..", "curriculum-json", "src", "test", "resources");
    /** The fuzzer's seed corpus: hostile inputs the reader must survive. */
    private static final Path HOSTILE = Path.of("dev", "infantmassage", "curriculum", "json", "ReaderFuzzTestInputs");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static EditorSession editor;

    /** A finding as both sides give it: LSP's 0-based line and column, the CLI's 1-based ones shifted. */
    record Finding(String code, String severity, int line, int column) {}

    @BeforeAll
    static void startServer() {
        editor = EditorSession.start(
                CurriculumLanguageServer.create(ValidationOptions.defaults(), ExplainCommand::explain));
    }

    @AfterAll
    static void stopServer() {
        assertThat(editor.shutDown()).isZero();
    }

    static Stream<Path> corpus() throws IOException {
        return everyFixture().stream().filter(LspParityTest::editorReadsItAsIs);
    }

    private static List<Path> everyFixture() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> broken = Files.list(JSON_TESTS.resolve("broken"))) {
            broken.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> cases = Files.walk(JSON_TESTS.resolve("cases"))) {
            cases.filter(path -> path.getFileName().toString().equals("input.json"))
                    .sorted()
                    .forEach(files::add);
        }
        try (Stream<Path> hostile = Files.walk(JSON_TESTS.resolve(HOSTILE))) {
            hostile.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        files.add(Path.of("src", "test", "resources", "sample.curriculum.json"));
        return files;
    }

    @Test
    void corpus_leavesOutOnlyTheFilesAnEditorCannotHandOverUnchanged() throws IOException {
        List<String> left = everyFixture().stream()
                .filter(file -> !editorReadsItAsIs(file))
                .map(file -> file.getFileName().toString())
                .sorted()
                .toList();

        assertThat(left)
                .containsExactly("broken-invalid-utf8", "broken-utf16-bom", "invalid-utf8.json", "utf16-bom.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void file_sameFindingsInTheCliAndTheEditor(Path file) throws IOException {
        List<Finding> fromCli = cli(file);

        assertThat(fromEditor(editor, file)).containsExactlyElementsOf(fromCli);
    }

    @Test
    void options_ignoreAndSeverity_sameFindingsAsValidateWithThem() throws IOException {
        Path file = JSON_TESTS.resolve(Path.of("cases", "several-problems-at-once", "input.json"));
        ValidationOptions options = ValidationOptions.builder()
                .addIgnored(IssueCode.ID_MALFORMED)
                .putSeverityOverride(IssueCode.REFERENCE_UNRESOLVED, Severity.WARNING)
                .putSeverityOverride(IssueCode.WEEK_SESSION_LENGTH_UNUSUAL, Severity.ERROR)
                .build();
        List<Finding> fromCli = cli(
                file,
                "--ignore",
                "id.malformed",
                "--severity",
                "reference.unresolved=warning,week.session-length.unusual=error");

        try (EditorSession configured =
                EditorSession.start(CurriculumLanguageServer.create(options, ExplainCommand::explain))) {
            List<Finding> fromEditor = fromEditor(configured, file);

            assertThat(fromEditor)
                    .containsExactlyElementsOf(fromCli)
                    .noneMatch(finding -> finding.code().equals("id.malformed"))
                    .contains(fromCli.stream()
                            .filter(finding -> finding.code().equals("reference.unresolved")
                                    && finding.severity().equals("warning"))
                            .findFirst()
                            .orElseThrow());
            assertThat(configured.shutDown()).isZero();
        }
    }

    @Test
    void projectConfigAndSuppressions_sameFindingsAsValidate(@TempDir Path project) throws IOException {
        Files.writeString(
                project.resolve("curriculum.config.json"),
                "{\"rules\": {\"week.session-length.unusual\": \"error\"},"
                        + " \"overrides\": [{\"files\": [\"legacy/**\"], \"rules\": {\"reference.unresolved\": \"warning\"}}],"
                        + " \"suppressions\": {\"legacy/class.curriculum.json\": {\"json.unknown-property\":"
                        + " {\"/colour\": {\"reason\": \"read by our booking app\"}}}}}");
        Path legacy = Files.createDirectories(project.resolve("legacy"));
        String content = Fixtures.oneWarning()
                .replace(
                        "\"id\": \"sample\",",
                        "\"id\": \"sample\",\n  \"colour\": \"blue\",\n  \"x-suppress\": [{\"code\": \"id.malformed\", \"reason\": \"an old id\"}],");
        Path file = Fixtures.write(legacy, "class.curriculum.json", Fixtures.danglingReferenceIn(content));

        List<Finding> fromCli = cli(file);

        assertThat(fromCli)
                .as("the config re-levels and suppresses")
                .anyMatch(finding -> finding.code().equals("week.session-length.unusual")
                        && finding.severity().equals("error"))
                .anyMatch(finding -> finding.code().equals("reference.unresolved")
                        && finding.severity().equals("warning"))
                .noneMatch(finding -> finding.code().equals("json.unknown-property"));
        assertThat(fromEditor(editor, file)).containsExactlyElementsOf(fromCli);
    }

    private static List<Finding> cli(Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        args.addAll(List.of(options));
        args.add(file.toString());
        CliRun cli = CliRun.run(args.toArray(String[]::new));
        List<Finding> findings = new ArrayList<>();
        for (JsonNode issue : MAPPER.readTree(cli.out())) {
            if (issue.has("suppressed")) {
                continue;
            }
            findings.add(new Finding(
                    issue.get("code").asString(),
                    issue.get("severity").asString(),
                    issue.get("line").asInt() - 1,
                    issue.get("column").asInt() - 1));
        }
        return findings;
    }

    private static List<Finding> fromEditor(EditorSession session, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : session.open(file.toUri().toString(), text)) {
            findings.add(new Finding(
                    diagnostic.getCode().getLeft(),
                    severity(diagnostic.getSeverity()),
                    diagnostic.getRange().getStart().getLine(),
                    diagnostic.getRange().getStart().getCharacter()));
        }
        return findings;
    }

    private static String severity(DiagnosticSeverity severity) {
        return switch (severity) {
            case Error -> "error";
            case Warning -> "warning";
            case Information -> "info";
            case Hint -> "hint";
        };
    }

    /**
     * Whether an editor hands the server the file's bytes unchanged: it decodes the file before the server
     * sees it, so a file that is not UTF-8 (or starts with a byte order mark, which editors strip) cannot
     * show the reader's encoding findings in the editor. Those files are the two encoding fixtures.
     */
    private static boolean editorReadsItAsIs(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean bom = bytes.length >= 2
                    && ((bytes[0] & 0xff) == 0xef || (bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff);
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return !bom;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
