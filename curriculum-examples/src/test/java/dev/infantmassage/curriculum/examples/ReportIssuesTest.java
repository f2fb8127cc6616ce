package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportIssuesTest {
    private static final String SAMPLE = ReportIssues.SAMPLE;

    /** Position, code and pointer of each issue: the messages may be reworded, these may not. */
    @ParameterizedTest
    @CsvSource({
        "0, 51:7,   json.unknown-property,           /strokes/1/repetition",
        "1, 83:20,  direction.stomach.not-clockwise, /strokes/3/direction",
        "2, 335:14, schedule.week.missing,           /schedule/weeks",
        "3, 387:11, reference.unresolved,            /schedule/weeks/1/reviewStrokes/2",
        "4, 499:19, schedule.week.out-of-range,      /schedule/weeks/4/number",
    })
    void run_sampleWithMistakes_printsEachIssueWithFileLineColumnCodeAndPointer(
            int index, String position, String code, String pointer) {
        ExampleRun run = ExampleRun.of(ReportIssues::run);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(6).last().isEqualTo(SAMPLE + ": 5 errors, 0 warnings");
        assertThat(run.lines().get(index))
                .startsWith(SAMPLE + ":" + position + ": error: ")
                .endsWith(" [" + code + "] at " + pointer);
    }

    @Test
    void run_validFile_exitsZero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.curriculum.json");
        Files.writeString(
                file, CurriculumJson.create().writeString(BuildCurriculumInCode.build()), StandardCharsets.UTF_8);

        ExampleRun run = ExampleRun.of(ReportIssues::run, file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly(file + ": 0 errors, 0 warnings");
    }

    @Test
    void run_missingFile_isReportedNotThrown(@TempDir Path dir) {
        ExampleRun run =
                ExampleRun.of(ReportIssues::run, dir.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("missing.json").contains("error");
    }
}
