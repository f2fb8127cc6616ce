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

/** validate --write-baseline, then --baseline: only new findings fail; fixed ones leave the baseline. */
class BaselineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path repo;

    private Path baseline;

    @BeforeEach
    void checkout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Fixtures.write(repo, "content/a.curriculum.json", Fixtures.danglingReference());
        Fixtures.write(repo, "content/b.curriculum.json", Fixtures.oneWarning());
        baseline = repo.resolve("curriculum.baseline.json");
    }

    private CliRun validate(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "validate";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = repo.resolve("content").toString();
        return CliRun.run(args);
    }

    @Test
    void writeBaseline_recordsFileCodePointerAndFingerprint_withoutLines() throws IOException {
        CliRun run = validate("--write-baseline", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("curriculum: wrote 2 findings to " + baseline);
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 2 files; 2 in the baseline");
        JsonNode written = JSON.readTree(Files.readString(baseline));
        assertThat(written.get("baselineVersion").asInt()).isEqualTo(1);
        assertThat(written.get("findings")).hasSize(2);
        JsonNode first = written.get("findings").get(0);
        assertThat(first.get("file").asString()).isEqualTo("content/a.curriculum.json");
        assertThat(first.get("code").asString()).isEqualTo("reference.unresolved");
        assertThat(first.get("pointer").asString()).isEqualTo("/schedule/weeks/0/cues/1");
        assertThat(first.get("fingerprint").asString()).matches("[0-9a-f]{32}");
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("file", "code", "pointer", "fingerprint");
    }

    @Test
    void baseline_onlyNewFindingsFail() {
        validate("--write-baseline", baseline.toString());
        Fixtures.write(repo, "content/c.curriculum.json", Fixtures.unknownProperty());

        CliRun run = validate("--baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("c.curriculum.json").contains("[json.unknown-property]");
        assertThat(run.outLines().get(1)).isEqualTo("1 error, 0 warnings in 3 files; 2 in the baseline");
    }

    @Test
    void baseline_findingOnAnotherLine_isStillKnown() {
        validate("--write-baseline", baseline.toString());
        Fixtures.write(
                repo, "content/a.curriculum.json", Fixtures.danglingReference().replace("{\n", "{\n\n\n"));

        CliRun run = validate("--baseline", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("0 errors, 0 warnings in 2 files; 2 in the baseline");
    }

    @Test
    void baseline_fixedFinding_isReportedStale_andWriteBaselinePrunesIt() throws IOException {
        validate("--write-baseline", baseline.toString());
        Fixtures.write(repo, "content/a.curriculum.json", Fixtures.VALID);

        CliRun run = validate("--baseline", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines())
                .containsExactly("curriculum: stale baseline entry (no longer found): content/a.curriculum.json "
                        + "reference.unresolved at /schedule/weeks/0/cues/1; --write-baseline prunes it");

        CliRun ratchet = validate("--baseline", baseline.toString(), "--write-baseline", baseline.toString());

        assertThat(ratchet.err()).contains("wrote 1 finding to " + baseline + ", pruning 1 that no longer occur");
        assertThat(JSON.readTree(Files.readString(baseline)).get("findings")).hasSize(1);
        assertThat(validate("--baseline", baseline.toString()).err()).isEmpty();
    }

    @Test
    void ratchet_neverAddsNewFindings() throws IOException {
        validate("--write-baseline", baseline.toString());
        Fixtures.write(repo, "content/c.curriculum.json", Fixtures.unknownProperty());

        CliRun run = validate("--baseline", baseline.toString(), "--write-baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(Files.readString(baseline)).get("findings")).hasSize(2);
    }

    @Test
    void baseline_neverRecordsProblemsThatStopReading() throws IOException {
        Fixtures.write(repo, "content/c.curriculum.json", Fixtures.syntaxError());

        CliRun run = validate("--write-baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(line -> line.contains("[json.syntax]"));
        assertThat(Files.readString(baseline)).doesNotContain("json.syntax");
    }

    @Test
    void baseline_notABaseline_isAUsageErrorWithItsPlace() {
        Fixtures.write(
                repo, "curriculum.baseline.json", "{ \"baselineVersion\": 1, \"findings\": [ { \"file\": 3 } ] }");

        CliRun run = validate("--baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("not a baseline: " + baseline + ":1:39: A finding must have the text 'file' at /findings/0");
    }
}
