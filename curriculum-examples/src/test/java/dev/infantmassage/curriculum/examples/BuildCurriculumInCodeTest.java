package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import org.junit.jupiter.api.Test;

class BuildCurriculumInCodeTest {
    @Test
    void run_validatesCleanlyAndPrintsJsonThatReadsBackEqual() {
        ExampleRun run = ExampleRun.of(BuildCurriculumInCode::run);

        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).isEqualTo("Validation: 0 errors, 0 warnings");
        String json = run.out().substring(run.out().indexOf('\n') + 1);
        ReadResult read = CurriculumJson.create().readString(json, "printed.json");
        assertThat(read.report().issues()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(BuildCurriculumInCode.build());
    }
}
