package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIssuesTest {
    private static final String SAMPLE = ReportIssues.SAMPLE;

    @Test
    void run_sampleWithMistakes_printsEachIssueWithFileLineColumnPointerAndCode() {
        ExampleRun run = ExampleRun.of(ReportIssues::run);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                SAMPLE + ":51:7: error: Property 'repetition' is not allowed in a stroke; did you mean 'repetitions'?"
                        + " [json.unknown-property] at /strokes/1/repetition",
                SAMPLE + ":83:20: error: Stomach stroke 'stomach-sun-moon' must move clockwise, but its direction was"
                        + " 'counterclockwise' [direction.stomach.not-clockwise] at /strokes/3/direction",
                SAMPLE + ":328:14: error: Week 5 is missing from the schedule [schedule.week.missing] at /schedule/weeks",
                SAMPLE + ":380:11: error: Stroke 'legs-integraton' is not in the curriculum's catalogue"
                        + " [reference.unresolved] at /schedule/weeks/1/reviewStrokes/2",
                SAMPLE + ":492:19: error: Week number must be between 1 and 5, but was 6 [schedule.week.out-of-range]"
                        + " at /schedule/weeks/4/number",
                SAMPLE + ": 5 errors, 0 warnings");
    }

    @Test
    void run_validFile_exitsZero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.curriculum.json");
        Files.writeString(file, dev.infantmassage.curriculum.json.CurriculumJson.create()
                .writeString(BuildCurriculumInCode.build()), StandardCharsets.UTF_8);

        ExampleRun run = ExampleRun.of(ReportIssues::run, file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly(file + ": 0 errors, 0 warnings");
    }

    @Test
    void run_missingFile_isReportedNotThrown(@TempDir Path dir) {
        ExampleRun run = ExampleRun.of(ReportIssues::run, dir.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("missing.json").contains("error");
    }
}
