package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Hostile input and hostile command lines (issue #11): each gets a bounded, clean answer. */
class HardeningTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** The valid fixture with {@code count} numbers where the author texts belong. */
    private Path numbersAsAuthors(int count) {
        ObjectNode curriculum = (ObjectNode) JSON.readTree(Fixtures.VALID);
        ArrayNode authors = curriculum.putArray("authors");
        for (int i = 0; i < count; i++) {
            authors.add(1);
        }
        return Fixtures.write(dir, "many.curriculum.json", JSON.writeValueAsString(curriculum));
    }

    @Test
    void validate_200000WrongElements_finishesAndListsTheFirst1000AndHowManyMore() {
        Path file = numbersAsAuthors(200_000);

        CliRun run = CliRun.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(1000 + 2);
        assertThat(lines.subList(0, 1000))
                .allMatch(line -> line.contains(": error: ") && line.contains("[json.wrong-type]"));
        assertThat(lines.get(0)).endsWith("at /authors/0");
        assertThat(lines.get(1000))
                .isEqualTo(file + ": info: 199000 more issues are not listed: a report lists at most "
                        + "1000 issues per file [report.truncated]");
        assertThat(lines.get(1001)).isEqualTo("200000 errors, 0 warnings in 1 file");
    }

    @Test
    void validate_tooManyIssues_jsonAndSarifAndGithubCarryTheCount() {
        Path file = numbersAsAuthors(1500);

        JsonNode json = JSON.readTree(
                CliRun.run("validate", "--format", "json", file.toString()).out());
        assertThat(json.size()).isEqualTo(1001);
        assertThat(json.get(1000).get("code").stringValue()).isEqualTo("report.truncated");
        assertThat(json.get(1000).get("message").stringValue()).startsWith("500 more issues are not listed");

        JsonNode sarif = JSON.readTree(
                CliRun.run("validate", "--format", "sarif", file.toString()).out());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results.size()).isEqualTo(1001);
        assertThat(results.get(1000).get("ruleId").stringValue()).isEqualTo("report.truncated");
        assertThat(results.get(1000).get("message").get("text").stringValue()).startsWith("500 more issues");

        CliRun github = CliRun.run("validate", "--format", "github", file.toString());
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.outLines()).hasSize(1002);
        assertThat(github.outLines().get(1000))
                .startsWith("::notice file=")
                .contains("title=report.truncated::500 more issues");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the old hang, not a speed check
    void validate_fifoAsPath_isAUsageErrorWithoutOpeningIt() throws Exception {
        Path fifo = fifo(dir.resolve("pipe.curriculum.json"));

        CliRun run = CliRun.run("validate", fifo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read '" + fifo + "': not a regular file (a FIFO, socket or device)");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the old hang, not a speed check
    void validate_fifoInADirectory_isReportedAndTheOtherFilesAreChecked() throws Exception {
        Fixtures.write(dir, "tree/good.curriculum.json", Fixtures.VALID);
        Path fifo = fifo(dir.resolve("tree/pipe.curriculum.json"));

        CliRun run = CliRun.run("validate", dir.resolve("tree").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read '" + fifo + "': not a regular file");
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return path;
    }

    /** A property name that holds a whole forged report line, and a value with ESC and CR. */
    private Path injection() {
        String forged = "x\nspoof.curriculum.json:9:9: error: forged [json.syntax]\n";
        ObjectNode curriculum = (ObjectNode) JSON.readTree(Fixtures.VALID);
        curriculum.put(forged, 1);
        curriculum.put("license", 7);
        curriculum.putArray("authors").add(JSON.getNodeFactory().arrayNode()).add(2);
        ObjectNode title = curriculum.putObject("title");
        title.put("en", "Sample");
        title.put("e\u001b[2J\r\u0007n", "x");
        return Fixtures.write(dir, "spoof.curriculum.json", JSON.writeValueAsString(curriculum));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "github"})
    void validate_controlCharactersInTheFile_neverReachTheOutputRaw(String format) {
        Path file = injection();

        CliRun run = CliRun.run("validate", "--format", format, file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String prefix = format.equals("text") ? file + ":" : "::";
        List<String> lines = run.outLines();
        assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allMatch(line -> line.startsWith(prefix));
        assertThat(lines).noneMatch(line -> line.startsWith("spoof.curriculum.json:9:9"));
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0007");
        assertThat(run.out()).contains("spoof.curriculum.json:9:9: error: forged");
    }

    @Test
    void validate_ignoringASyntaxCode_isAUsageError() {
        Path file = Fixtures.write(dir, "cut.curriculum.json", Fixtures.VALID.substring(0, 200));

        for (String[] args : List.of(
                new String[] {"--ignore", "json.truncated"},
                new String[] {"--severity", "json.truncated=warning"},
                new String[] {"--ignore", "json.syntax"})) {
            CliRun run = CliRun.run("validate", args[0], args[1], file.toString());

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("cannot be ignored or re-levelled: it stops the file being read");
        }
        assertThat(CliRun.run("validate", file.toString()).outLines())
                .anyMatch(line -> line.contains("[json.truncated]"));
    }

    @Test
    void lsp_ignoringASyntaxCode_isAUsageErrorAsInValidate() {
        CliRun run = CliRun.run("lsp", "--severity", "json.syntax=info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be ignored or re-levelled: it stops the file being read");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "json.unknown-property,", ",,json.unknown-property"})
    void validate_emptyItemInIgnore_isAUsageError(String value) {
        CliRun run = CliRun.run("validate", "--ignore", value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curriculum: ").contains("empty item");
    }

    @Test
    void format_writeThroughASymbolicLink_rewritesTheTargetAndKeepsTheLink() throws IOException {
        Path target = Fixtures.write(dir, "real/x.curriculum.json", Fixtures.unformatted());
        Path link = Files.createSymbolicLink(dir.resolve("link.curriculum.json"), target);

        CliRun run = CliRun.run("format", "--write", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(Fixtures.VALID);
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void plan_zeroWait_isAUsageError() {
        CliRun run = CliRun.run("plan", "--week", "2", "--age-weeks", "10", "--wait", "just-fed=0m");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curriculum: --wait must give a positive amount, but was 'just-fed=0m'");
    }

    @Test
    void plan_impossibleBirthDate_saysSoWithoutJavaClassNames() {
        CliRun run = CliRun.run("plan", "--week", "2", "--born", "2024-02-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("'2024-02-30' is not a date; use YYYY-MM-DD")
                .doesNotContain("java.");
    }

    @Test
    void plan_ageBeyondTheRange_isAUsageErrorThatGivesTheRange() {
        CliRun run = CliRun.run("plan", "--week", "2", "--age-weeks", "100000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curriculum: --age-weeks must be between 0 and 260, but was 100000");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void validate_argumentStartingWithAt_isAPathNotAFileOfArguments() {
        Path arguments = Fixtures.write(dir, "arguments.txt", "--strict");

        CliRun endless = CliRun.run("validate", "@/dev/zero");
        CliRun expanded = CliRun.run("validate", "@" + arguments);

        assertThat(endless.exitCode()).isEqualTo(2);
        assertThat(endless.err()).contains("'@/dev/zero'");
        assertThat(expanded.exitCode()).isEqualTo(2);
        assertThat(expanded.err()).contains("'@" + arguments + "'");
    }
}
